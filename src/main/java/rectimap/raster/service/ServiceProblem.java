package rectimap.raster.service;

/**
 * Why a map service gave no picture. The window and the command line word each as the sentence under the bundle
 * key {@code service.<NAME>} with {0} = the service (host or preset name) and {1} = the detail.
 */
public enum ServiceProblem {
    /** Connection refused, reset, or no answer in time. */
    NO_ANSWER,
    /** An HTTP error status; the detail is the status. */
    SERVER_ERROR,
    /** 401/403: the key (tk) is missing, wrong or over its quota. */
    ACCESS_DENIED,
    /** The answer was HTML, an XML exception report or undecodable bytes instead of an image. */
    NOT_AN_IMAGE,
    /** The capabilities document could not be read as WMTS. */
    BAD_CAPABILITIES,
    /** The layer or tile matrix set asked for is not offered. */
    NO_SUCH_LAYER,
    /** The service's CRS is one Rectimap cannot place. */
    UNSUPPORTED_CRS,
    /** A GCJ-02 or BD-09 map (Gaode/AMap, Tencent, Baidu): refused, it would be drawn hundreds of metres off. */
    OFFSET_COORDINATES,
    /** A Tianditu preset without the user's key. */
    KEY_MISSING,
    /** Not a preset name, file or http(s) address. */
    UNKNOWN_SOURCE
}
