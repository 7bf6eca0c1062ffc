// The C surface the PDF plugin uses: poppler-glib for text and glyph geometry, cairo for
// rendering a page to find ruling lines (poppler-glib exposes no drawing paths).
#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H

#include <poppler.h>
#include <cairo.h>
// glibc's malloc_trim: PDFReader hands back the memory of a large file's object scan.
#include <malloc.h>

#endif
