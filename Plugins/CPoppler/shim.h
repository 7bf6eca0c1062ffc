// The C surface the PDF plugin uses: poppler-glib for text and glyph geometry, cairo for
// rendering a page to find ruling lines (poppler-glib exposes no drawing paths).
//
// The libraries are not linked: PDFPlugin/Loading/PopplerLibrary.swift opens them with dlopen
// when the first PDF is read and looks each function up by name. So this header declares only
// the types and constants those functions take and give, as the public headers of poppler-glib
// (poppler.h, poppler-page.h), GLib (glist.h, gerror.h) and cairo (cairo.h) define them; they
// are part of those libraries' stable ABI (poppler-glib's soname 8, GLib 2, cairo 1). Including
// the real headers instead would need pkg-config's include paths, and SwiftPM gives those only
// with pkg-config's link flags, which would load all of them into every process again.
#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H

#include <stddef.h>
#include <stdint.h>
// glibc's malloc_trim: PDFReader hands back the memory of a large file's object scan.
#include <malloc.h>

// GLib (gtypes.h, glist.h, gerror.h).
typedef unsigned int guint;
typedef int gboolean;
typedef unsigned long gsize;
typedef uint32_t GQuark;

typedef struct _GList GList;
struct _GList {
    void *data;
    GList *next;
    GList *prev;
};

typedef struct _GError GError;
struct _GError {
    GQuark domain;
    int code;
    char *message;
};

// poppler-glib (poppler.h, poppler-page.h).
typedef enum {
    POPPLER_ERROR_INVALID,
    POPPLER_ERROR_ENCRYPTED,
    POPPLER_ERROR_OPEN_FILE,
    POPPLER_ERROR_BAD_CATALOG,
    POPPLER_ERROR_DAMAGED
} PopplerError;

typedef struct _PopplerRectangle PopplerRectangle;
struct _PopplerRectangle {
    double x1;
    double y1;
    double x2;
    double y2;
};

typedef struct _PopplerColor PopplerColor;
struct _PopplerColor {
    uint16_t red;
    uint16_t green;
    uint16_t blue;
};

typedef struct _PopplerTextAttributes PopplerTextAttributes;
struct _PopplerTextAttributes {
    char *font_name;
    double font_size;
    gboolean is_underlined;
    PopplerColor color;
    int start_index;
    int end_index;
};

typedef struct _PopplerImageMapping PopplerImageMapping;
struct _PopplerImageMapping {
    PopplerRectangle area;
    int image_id;
};

// cairo (cairo.h): the two enumerations the rendering uses, with cairo's own values.
typedef enum _cairo_format {
    CAIRO_FORMAT_INVALID = -1,
    CAIRO_FORMAT_ARGB32 = 0,
    CAIRO_FORMAT_RGB24 = 1
} cairo_format_t;

typedef enum _cairo_status {
    CAIRO_STATUS_SUCCESS = 0,
    CAIRO_STATUS_NO_MEMORY
} cairo_status_t;

#endif
