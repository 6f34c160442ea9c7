/**
 * Files from the public: read within limits, scanned, judged by their content and cleaned of what they say about
 * where and on what they were made. Other modules that take the public's files (a proof of identity) read them here,
 * so every upload meets the same limits and cleaning.
 */
@org.springframework.modulith.NamedInterface("upload")
package org.bluelamp.reporting.upload;
