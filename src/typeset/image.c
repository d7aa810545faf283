/* image — external graphics read, checked and decoded once per document (image.h).
 *
 * Takes: confined file paths from typeset_text.c. Gives: one Image per distinct file content,
 * found again by path (realpath) or by content (SHA-256), so a logo on 500 pages is read and
 * decoded once and, through CAIRO_MIME_TYPE_UNIQUE_ID, written to the PDF once. Every size is
 * checked from the file's header before anything is decoded, so a hostile header costs nothing.
 */
#include "image.h"

#include <errno.h>
#include <glib.h>
#include <librsvg/rsvg.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jerror.h>
#include <jpeglib.h>

/* SVG has no pixels; its intrinsic size is checked against this so that cairo's fixed-point
 * coordinates (24.8 bits) stay far from overflowing. */
#define SVG_MAX_SIDE 100000.0

typedef struct {
    Image image;
    int ok;
    char *why; /* the failure, when !ok */
} Entry;

struct ImageCache {
    GPtrArray *entries;     /* Entry*, owned */
    GHashTable *by_path;    /* realpath -> Entry* */
    GHashTable *by_content; /* SHA-256 hex -> Entry* */
};

static void entry_free(Entry *e)
{
    if (e->image.surface)
        cairo_surface_destroy(e->image.surface);
    g_free(e->why);
    g_free(e);
}

ImageCache *image_cache_new(void)
{
    ImageCache *cache = g_new0(ImageCache, 1);
    cache->entries = g_ptr_array_new_with_free_func((GDestroyNotify)entry_free);
    cache->by_path = g_hash_table_new_full(g_str_hash, g_str_equal, free, NULL);
    cache->by_content = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return cache;
}

void image_cache_free(ImageCache *cache)
{
    if (!cache)
        return;
    g_hash_table_destroy(cache->by_path);
    g_hash_table_destroy(cache->by_content);
    g_ptr_array_free(cache->entries, TRUE);
    g_free(cache);
}

static int fail(Entry *e, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static int fail(Entry *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_free(e->why);
    e->why = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    return -1;
}

/* A raster image's pixel count, checked before a byte of it is decoded. */
static int check_pixels(Entry *e, const char *what, unsigned long w, unsigned long h)
{
    if (w == 0 || h == 0)
        return fail(e, " is a corrupt %s (its header says %lu x %lu pixels)", what, w, h);
    if (w > 32767 || h > 32767 || (double)w * (double)h > (double)IMAGE_MAX_PIXELS)
        return fail(e, " is a %s of %lu x %lu pixels; frisk decodes images of at most %ld million "
                    "pixels and 32767 on a side", what, w, h, IMAGE_MAX_PIXELS / 1000000);
    return 0;
}

/* ---- PNG (cairo's reader, over libpng) ------------------------------------------------------ */

typedef struct {
    const unsigned char *data;
    size_t len, pos;
} MemReader;

static cairo_status_t read_memory(void *closure, unsigned char *out, unsigned int length)
{
    MemReader *r = closure;
    if (r->len - r->pos < length)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(out, r->data + r->pos, length);
    r->pos += length;
    return CAIRO_STATUS_SUCCESS;
}

static unsigned long be32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static int load_png(Entry *e, const unsigned char *data, size_t len)
{
    /* signature, then the IHDR chunk: length 13, "IHDR", width, height, ... */
    if (len < 33 || memcmp(data + 12, "IHDR", 4) != 0)
        return fail(e, " is a corrupt or truncated PNG (no image header)");
    if (check_pixels(e, "PNG", be32(data + 16), be32(data + 20)) != 0)
        return -1;
    MemReader reader = {data, len, 0};
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_memory, &reader);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        /* cairo reports every libpng failure as "out of memory"; with the size checked above,
         * a damaged or cut-off file is what it is */
        cairo_surface_destroy(s);
        return fail(e, " is a corrupt or truncated PNG (libpng could not read its image data)");
    }
    e->image.surface = s;
    return 0;
}

/* ---- JPEG (libjpeg-turbo; the bytes go to the PDF as they are) ------------------------------ */

typedef struct {
    struct jpeg_error_mgr mgr;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
} JpegFailure;

static void jpeg_fail(j_common_ptr cinfo)
{
    JpegFailure *f = (JpegFailure *)cinfo->err;
    f->mgr.format_message(cinfo, f->message);
    longjmp(f->jump, 1);
}

/* libjpeg only warns about a truncated or damaged stream and fills the rest with grey; frisk
 * would then publish a broken picture, so such a warning is a failure. Stray bytes between
 * markers, common and harmless in cameras' files, are not. */
static void jpeg_warning(j_common_ptr cinfo, int level)
{
    if (level < 0 && cinfo->err->msg_code != JWRN_EXTRANEOUS_DATA)
        jpeg_fail(cinfo);
}

static void free_bytes(void *bytes) { g_free(bytes); }

static int load_jpeg(Entry *e, unsigned char *data, size_t len)
{
    struct jpeg_decompress_struct cinfo;
    JpegFailure failure;
    cairo_surface_t *volatile surface = NULL;
    unsigned char *volatile row = NULL;
    cinfo.err = jpeg_std_error(&failure.mgr);
    failure.mgr.error_exit = jpeg_fail;
    failure.mgr.emit_message = jpeg_warning;
    jpeg_create_decompress(&cinfo);
    if (setjmp(failure.jump)) {
        jpeg_destroy_decompress(&cinfo);
        if (surface)
            cairo_surface_destroy(surface);
        g_free(row);
        return fail(e, " is a corrupt or truncated JPEG (%s)", failure.message);
    }
    jpeg_mem_src(&cinfo, data, (unsigned long)len);
    jpeg_read_header(&cinfo, TRUE);
    if (check_pixels(e, "JPEG", cinfo.image_width, cinfo.image_height) != 0) {
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    /* CMYK (Adobe's inverted kind) is decoded here, and the PDF gets the decoded pixels: cairo
     * 1.16 would pass it through without the inversion and print a negative. */
    int cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
    cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_BGRX; /* cairo's RGB24 in memory */
#else
    cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_XRGB;
#endif
    jpeg_start_decompress(&cinfo);
    surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)cinfo.output_width,
                                         (int)cinfo.output_height);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        snprintf(failure.message, sizeof failure.message, "out of memory");
        longjmp(failure.jump, 1);
    }
    unsigned char *pixels = cairo_image_surface_get_data(surface);
    int stride = cairo_image_surface_get_stride(surface);
    if (cmyk)
        row = g_malloc((size_t)cinfo.output_width * 4);
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *line = pixels + (size_t)cinfo.output_scanline * (size_t)stride;
        JSAMPROW target = cmyk ? row : line;
        jpeg_read_scanlines(&cinfo, &target, 1);
        if (cmyk) {
            uint32_t *out = (uint32_t *)line;
            for (JDIMENSION x = 0; x < cinfo.output_width; x++) {
                const unsigned char *p = row + 4 * x; /* inverted: 255 is no ink */
                uint32_t k = p[3];
                out[x] = (p[0] * k / 255) << 16 | (p[1] * k / 255) << 8 | (p[2] * k / 255);
            }
        }
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    g_free(row);
    cairo_surface_mark_dirty(surface);
    if (!cmyk) {
        unsigned char *copy = g_memdup2(data, len);
        cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy, len, free_bytes, copy);
    }
    e->image.surface = surface;
    return 0;
}

/* ---- SVG (librsvg, into a recording surface: vectors stay vectors) -------------------------- */

static int load_svg(Entry *e, const unsigned char *data, size_t len)
{
    GError *error = NULL;
    GInputStream *in = g_memory_input_stream_new_from_data(data, (gssize)len, NULL);
    /* No base file: the SVG cannot pull in other files (librsvg resolves only data: URLs then),
     * so nothing outside the folders frisk may read reaches the PDF through it. */
    RsvgHandle *svg = rsvg_handle_new_from_stream_sync(in, NULL, RSVG_HANDLE_FLAGS_NONE, NULL,
                                                       &error);
    g_object_unref(in);
    if (!svg) {
        fail(e, " is not a readable SVG image (%s)", error ? error->message : "librsvg");
        g_clear_error(&error);
        return -1;
    }
    rsvg_handle_set_dpi(svg, 96.0);
    double w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(svg, &w, &h)) {
        /* width and height left out (or percentages): the viewBox gives the size, as FOP does */
        gboolean has_w, has_h, has_box;
        RsvgLength lw, lh;
        RsvgRectangle box;
        rsvg_handle_get_intrinsic_dimensions(svg, &has_w, &lw, &has_h, &lh, &has_box, &box);
        if (has_box) {
            w = box.width;
            h = box.height;
        }
    }
    if (!(w > 0 && h > 0 && w <= SVG_MAX_SIDE && h <= SVG_MAX_SIDE)) {
        g_object_unref(svg);
        return fail(e, " is an SVG image without a usable size (width and height, or a viewBox, "
                    "of at most %.0f px)", SVG_MAX_SIDE);
    }
    cairo_rectangle_t extents = {0, 0, w, h};
    cairo_surface_t *surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    cairo_t *cr = cairo_create(surface);
    RsvgRectangle viewport = {0, 0, w, h};
    gboolean drawn = rsvg_handle_render_document(svg, cr, &viewport, &error);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    g_object_unref(svg);
    if (!drawn || st != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        fail(e, " is an SVG image librsvg could not draw (%s)",
             error ? error->message : cairo_status_to_string(st));
        g_clear_error(&error);
        return -1;
    }
    e->image.surface = surface;
    e->image.surface_width = w;
    e->image.surface_height = h;
    return 0;
}

/* ---- the cache -------------------------------------------------------------------------------- */

/* The whole file, at most IMAGE_MAX_FILE_BYTES; NULL after fail(). */
static unsigned char *read_file(Entry *e, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(e, ": cannot read %s%s%s", path, f ? "" : ": ", f ? "" : strerror(errno));
        if (f)
            fclose(f);
        return NULL;
    }
    if (st.st_size > IMAGE_MAX_FILE_BYTES) {
        fclose(f);
        fail(e, ": %s is %lld MB; frisk reads image files of at most %ld MB", path,
             (long long)st.st_size / (1024 * 1024), IMAGE_MAX_FILE_BYTES / (1024 * 1024));
        return NULL;
    }
    unsigned char *data = g_malloc((size_t)st.st_size + 1);
    *len = fread(data, 1, (size_t)st.st_size, f);
    fclose(f);
    return data;
}

static int looks_like_svg(const unsigned char *data, size_t len)
{
    size_t i = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    if (i >= len || data[i] != '<')
        return 0;
    size_t n = len - i < 4096 ? len - i : 4096;
    return g_strstr_len((const char *)data + i, (gssize)n, "<svg") != NULL;
}

static int decode(Entry *e, unsigned char *data, size_t len)
{
    int rc;
    if (len >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0) {
        e->image.format = IMAGE_PNG;
        rc = load_png(e, data, len);
    } else if (len >= 3 && memcmp(data, "\xff\xd8\xff", 3) == 0) {
        e->image.format = IMAGE_JPEG;
        rc = load_jpeg(e, data, len);
    } else if (looks_like_svg(data, len)) {
        e->image.format = IMAGE_SVG;
        return load_svg(e, data, len); /* sets its own size, in px */
    } else {
        return fail(e, " is not a PNG, JPEG or SVG image");
    }
    if (rc == 0) {
        e->image.surface_width = cairo_image_surface_get_width(e->image.surface);
        e->image.surface_height = cairo_image_surface_get_height(e->image.surface);
    }
    return rc;
}

/* The entry for these bytes: an image already decoded from the same bytes, or e decoded now
 * and remembered by its content (then e stays in the cache; otherwise it is dropped). */
static Entry *entry_for_bytes(ImageCache *cache, Entry *e, unsigned char *data, size_t len)
{
    char *hash = g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, len);
    Entry *same = g_hash_table_lookup(cache->by_content, hash);
    if (same) { /* the same bytes under another name: one image */
        g_ptr_array_remove_fast(cache->entries, e);
        g_free(hash);
        return same;
    }
    e->ok = decode(e, data, len) == 0;
    if (e->ok) {
        /* cairo's PDF writer keys its XObjects on this: one per distinct image */
        char *id = g_strdup(hash);
        cairo_surface_set_mime_data(e->image.surface, CAIRO_MIME_TYPE_UNIQUE_ID,
                                    (unsigned char *)id, strlen(id), free_bytes, id);
        e->image.width = e->image.surface_width * 0.75; /* px at 96 dpi -> pt */
        e->image.height = e->image.surface_height * 0.75;
    }
    g_hash_table_insert(cache->by_content, hash, e); /* keeps hash alive */
    return e;
}

const Image *image_cache_get(ImageCache *cache, const char *path, const char **why)
{
    char *real = realpath(path, NULL);
    Entry *e = real ? g_hash_table_lookup(cache->by_path, real) : NULL;
    if (!e) {
        e = g_new0(Entry, 1);
        g_ptr_array_add(cache->entries, e);
        size_t len = 0;
        unsigned char *data = real ? read_file(e, real, &len) : NULL;
        if (!real)
            fail(e, ": cannot read %s: %s", path, strerror(errno));
        if (data) {
            e = entry_for_bytes(cache, e, data, len);
            g_free(data);
        }
        if (real) {
            g_hash_table_insert(cache->by_path, real, e);
            real = NULL;
        }
    }
    free(real);
    *why = e->ok ? NULL : e->why;
    return e->ok ? &e->image : NULL;
}

const Image *image_cache_get_svg(ImageCache *cache, const unsigned char *svg, size_t len,
                                 const char **why)
{
    Entry *e = g_new0(Entry, 1);
    g_ptr_array_add(cache->entries, e);
    unsigned char *data = g_memdup2(svg, len);
    if (looks_like_svg(data, len))
        e = entry_for_bytes(cache, e, data, len);
    else
        fail(e, " is not an SVG image");
    g_free(data);
    *why = e->ok ? NULL : e->why;
    return e->ok ? &e->image : NULL;
}

void image_paint(cairo_t *cr, const Image *img, double x, double y, double w, double h)
{
    if (img->surface_width <= 0 || img->surface_height <= 0 || w <= 0 || h <= 0)
        return;
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, w / img->surface_width, h / img->surface_height);
    cairo_set_source_surface(cr, img->surface, 0, 0);
    /* a filled rectangle, not cairo_paint: cairo 1.16 fails a page ("invalid tag name,
     * attributes, or nesting") whose first tagged content is a paint */
    cairo_rectangle(cr, 0, 0, img->surface_width, img->surface_height);
    cairo_fill(cr);
    cairo_restore(cr);
}
