package org.complaintgateway.config;

/** How a webhook's HMAC is written in its header: lower- or upper-case hex (GitHub, Meta) or base64 (Shopify). */
public enum SignatureEncoding {
    HEX,
    BASE64
}
