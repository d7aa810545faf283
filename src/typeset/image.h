/* image — the typesetter's external graphics (private to src/typeset/): PNG, JPEG and SVG files
 * read, checked and decoded once per document, whatever number of times they are used.
 *
 * Takes: a file path that the caller has already confined (load_path_is_allowed). Gives: an
 * Image, a cairo surface with its intrinsic size, shared by every use of the same file or of
 * the same bytes under another name; render.c paints it. The surface carries its content hash
 * as CAIRO_MIME_TYPE_UNIQUE_ID, so cairo writes one XObject per distinct image to the PDF. JPEG
 * keeps its bytes as CAIRO_MIME_TYPE_JPEG (passed through, not re-encoded); SVG is drawn by
 * librsvg into a recording surface (vectors and text stay vectors and text).
 */
#ifndef FRISK_TYPESET_IMAGE_H
#define FRISK_TYPESET_IMAGE_H

#include <cairo.h>
#include <stddef.h>

/* The most pixels a raster image may have (checked from its header, before decoding):
 * 40 million is a 7,700 x 5,200 photograph, 160 MB decoded. */
#define IMAGE_MAX_PIXELS 40000000L
/* The largest image file read at all. */
#define IMAGE_MAX_FILE_BYTES (64L * 1024 * 1024)

typedef enum { IMAGE_PNG, IMAGE_JPEG, IMAGE_SVG } ImageFormat;

typedef struct {
    ImageFormat format;
    cairo_surface_t *surface; /* an image surface (PNG, JPEG) or a recording surface (SVG) */
    double surface_width;     /* the surface's own units: pixels */
    double surface_height;
    double width, height;     /* intrinsic size in pt (raster: 96 dpi, as CSS and FOP) */
} Image;

typedef struct ImageCache ImageCache;

ImageCache *image_cache_new(void);
/* Frees every image; the surfaces go with them. NULL is a no-op. */
void image_cache_free(ImageCache *cache);

/* The image in the file at path, read and decoded on its first use. On failure returns NULL
 * and sets *why (owned by the cache) to the rest of a sentence that begins with the graphic's
 * name, in the author's terms: " is not a PNG, JPEG or SVG image", " is a corrupt or truncated
 * PNG (…)", " is a PNG of 30000 x 30000 pixels; …", ": cannot read PATH: …". A failure is
 * remembered too, so a bad file used 500 times is read once. */
const Image *image_cache_get(ImageCache *cache, const char *path, const char **why);

/* The same for an SVG document held in memory (an fo:instream-foreign-object's svg:svg,
 * serialized): decoded once per distinct content. *why as above, after the object's name. */
const Image *image_cache_get_svg(ImageCache *cache, const unsigned char *svg, size_t len,
                                 const char **why);
/* Paints img scaled to w x h with its top left corner at x, y. */
void image_paint(cairo_t *cr, const Image *img, double x, double y, double w, double h);

#endif
