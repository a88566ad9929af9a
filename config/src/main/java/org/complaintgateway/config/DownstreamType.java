package org.complaintgateway.config;

/** How complaints leave the gateway: {@code http} POSTs them, {@code local} writes files (the embedded default). */
public enum DownstreamType { HTTP, LOCAL }
