/* main — frisk's command line: parses the arguments, calls one function per command and
 * returns its exit status. The work is elsewhere:
 *
 *   compiler/  load → validate → check → transform ─┬→ HTML (+ figures) ───────────→ write
 *                                                   └→ XSL-FO → typeset/ → PDF ───→ write
 *
 * `build` is jobs.h (every document, N at once) over build.h (one document, outputs written
 * all or none); check, render, export-csv and import-csv are commands.h; new is scaffold.h.
 */
#include "compiler/build.h"
#include "compiler/commands.h"
#include "compiler/home.h"
#include "compiler/jobs.h"
#include "compiler/scaffold.h"
#include "compiler/transform.h"
#include "compiler/validate.h"
#include "shared/diag.h"
#include "shared/i18n.h"
#include "shared/fonts.h"
#include "shared/hyphen.h"
#include "shared/load.h"

#include <cairo.h>
#include <getopt.h>
#include <hb.h>
#include <libxml/parser.h>
#include <libxslt/xsltconfig.h>
#include <libxslt/xsltutils.h>
#include <pango/pango.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FRISK_VERSION "0.2.0"

static const char *const usage_text = N_(
    "usage: frisk build [-j N] [-o DIR] [--keep-fo] [-q] [--watch] [INPUT]\n"
    "       frisk check FILE|FOLDER...\n"
    "       frisk render FILE.fo -o FILE.pdf [--no-tags]\n"
    "       frisk new application NAME [INPUT]\n"
    "       frisk new memo NAME --from PREVIOUS [--date YYYY-MM] [INPUT]\n"
    "       frisk export-csv [-o DIR] [INPUT]\n"
    "       frisk import-csv FILE.csv --network ID [-o FILE.xml] [INPUT]\n"
    "       frisk --help | --version\n"
    "\n"
    "  build    compile every document under INPUT (default input/) into DIR (default output/):\n"
    "           input/memos/NAME.xml -> output/memos/NAME.pdf and .html, and so on\n"
    "  check    load, validate and check files (a folder: every document in it); print\n"
    "           every problem as file:line:col, each once\n"
    "  render   typeset an XSL-FO file (frisk's documented subset) to PDF/UA-1 and PDF/A-2a;\n"
    "           --no-tags leaves the structure tree out (a smaller file, not accessible)\n"
    "  new application  write INPUT/applications/NAME.xml from the commented template\n"
    "           input/templates/application.xml; never overwrites a file\n"
    "  new memo  start the next edition: copy INPUT/memos/PREVIOUS.xml and its chapter files\n"
    "           to NAME, as a draft dated YYYY-MM (default: the date NAME ends in) whose\n"
    "           previous edition is PREVIOUS; never overwrites a file\n"
    "  export-csv  write the open data (trials, networks, municipalities; CSV and JSON)\n"
    "           of INPUT's programme.xml into DIR (default output/web/data)\n"
    "  import-csv  read a spreadsheet of trial elements (the columns of trials.csv) and write\n"
    "           the network file of ID with those trials (to stdout without -o)\n"
    "\n"
    "  -j N       compile up to N documents at once\n"
    "  -o DIR     output folder (build) or output file (render)\n"
    "  --keep-fo  also write the intermediate NAME.fo beside each PDF\n"
    "  --watch    after building, rebuild a document whenever one of its files is saved\n"
    "  -q, --quiet  print errors only (build prints what it wrote, every error and a summary\n"
    "           line counting the warnings; check lists them)\n"
    "\n"
    "Exit status: 0 success, 1 invalid input, 2 usage or environment error.\n");

static int allow_resources(void)
{
    const char *folders[] = {"stylesheets", "schema"};
    for (size_t i = 0; i < sizeof folders / sizeof folders[0]; i++) {
        char *path = home_path(folders[i]);
        int rc = path ? load_allow_folder(path) : -1;
        free(path);
        if (rc != 0) {
            diag_environment("cannot use the folder %s", folders[i]);
            return -1;
        }
    }
    return 0;
}

/* frisk's version and those of the libraries it runs on (their run-time versions, which are
 * what a bug report needs: a library may be newer than the one frisk was built against). */
static void print_version(void)
{
    int xml = atoi(xmlParserVersion);
    printf("frisk %s\n", FRISK_VERSION);
    printf("libxml2 %d.%d.%d\n", xml / 10000, xml / 100 % 100, xml % 100);
    printf("libxslt %d.%d.%d\n", xsltLibxsltVersion / 10000, xsltLibxsltVersion / 100 % 100,
           xsltLibxsltVersion % 100);
    printf("pango %s\n", pango_version_string());
    printf("cairo %s\n", cairo_version_string());
    printf("harfbuzz %s\n", hb_version_string());
}

static int usage_error(const char *message)
{
    fprintf(stderr, "frisk: %s\n%s", _(message), _(usage_text));
    return EXIT_USAGE;
}

static int start_up(const char *argv0)
{
    diag_route_libxml();
    load_init();
    transform_init();
    if (home_init(argv0) != 0 || allow_resources() != 0)
        return -1;
    char *fonts = home_path("fonts");
    char *patterns = home_path("build/hyph_da_DK.dic");
    int rc = (fonts && fonts_init(fonts) == 0 && patterns && hyphen_init(patterns) == 0) ? 0 : -1;
    free(fonts);
    free(patterns);
    return rc;
}

static void shut_down(void)
{
    hyphen_shutdown();
    fonts_shutdown();
    validate_shutdown();
    transform_shutdown();
    load_shutdown();
    home_shutdown();
    diag_forget();
    xmlCleanupParser();
}

int main(int argc, char **argv)
{
    /* A file-size limit (ulimit -f) must make write() fail with EFBIG, reported as any full
     * disk is, instead of killing frisk with a half-written temporary file left behind. */
    signal(SIGXFSZ, SIG_IGN);
    home_find(argv[0]); /* the messages in the user's language from here on, if frisk has them */
    if (argc < 2)
        return usage_error("no command given");
    const char *command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0) {
        fputs(_(usage_text), stdout);
        return EXIT_OK;
    }
    if (strcmp(command, "--version") == 0) {
        print_version();
        return EXIT_OK;
    }

    BuildOptions options = {.input = "input", .output_dir = "output", .jobs = 1};
    const char *output = NULL;
    static const struct option long_options[] = {
        {"keep-fo", no_argument, NULL, 'k'}, {"network", required_argument, NULL, 'n'},
        {"quiet", no_argument, NULL, 'q'}, {"watch", no_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'}, {"from", required_argument, NULL, 'f'},
        {"date", required_argument, NULL, 'd'}, {"no-tags", no_argument, NULL, 't'},
        {NULL, 0, NULL, 0}};
    int tagged = 1;
    const char *network = NULL, *from = NULL, *date = NULL;
    optind = 2;
    int opt;
    while ((opt = getopt_long(argc, argv, "j:o:hq", long_options, NULL)) != -1) {
        switch (opt) {
        case 'j': {
            char *end;
            long jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 256)
                return usage_error("-j needs a number of jobs between 1 and 256");
            options.jobs = (int)jobs;
            break;
        }
        case 'o': output = optarg; break;
        case 'k': options.keep_fo = 1; break;
        case 'q': options.quiet = 1; break;
        case 'w': options.watch = 1; break;
        case 'n': network = optarg; break;
        case 'f': from = optarg; break;
        case 'd': date = optarg; break;
        case 't': tagged = 0; break;
        case 'h': fputs(_(usage_text), stdout); return EXIT_OK;
        default: return usage_error("unknown option");
        }
    }
    char **operands = argv + optind;
    int n_operands = argc - optind;

    int status;
    if (strcmp(command, "build") == 0) {
        if (n_operands > 1)
            return usage_error("build takes at most one INPUT");
        if (n_operands == 1)
            options.input = operands[0];
        if (output)
            options.output_dir = output;
        /* A build lists errors; its warnings are counted in its last line (check lists them).
         * Watching one's document, its own warnings are shown (focus), the rest counted. */
        diag_set_show_warnings(options.watch);
        build_focus_on_document(options.watch);
        status = start_up(argv[0]) == 0 ? jobs_build(&options) : EXIT_USAGE;
    } else if (strcmp(command, "check") == 0) {
        if (n_operands == 0)
            return usage_error("check needs at least one FILE");
        status = start_up(argv[0]) == 0 ? commands_check(operands, n_operands) : EXIT_USAGE;
    } else if (strcmp(command, "render") == 0) {
        if (n_operands != 1 || !output)
            return usage_error("render needs FILE.fo and -o FILE.pdf");
        status = start_up(argv[0]) == 0 ? commands_render(operands[0], output, tagged) : EXIT_USAGE;
    } else if (strcmp(command, "export-csv") == 0) {
        if (n_operands > 1)
            return usage_error("export-csv takes at most one INPUT");
        const char *input = n_operands == 1 ? operands[0] : "input";
        status = start_up(argv[0]) == 0 ? commands_export_csv(input, output ? output : "output/web/data")
                                        : EXIT_USAGE;
    } else if (strcmp(command, "import-csv") == 0) {
        if (n_operands < 1 || n_operands > 2 || !network)
            return usage_error("import-csv needs FILE.csv and --network ID");
        const char *input = n_operands == 2 ? operands[1] : "input";
        status = start_up(argv[0]) == 0 ? commands_import_csv(operands[0], network, input, output)
                                        : EXIT_USAGE;
    } else if (strcmp(command, "new") == 0 && n_operands >= 1 && strcmp(operands[0], "memo") == 0) {
        if (n_operands < 2 || n_operands > 3 || !from)
            return usage_error("new memo needs: NAME --from PREVIOUS [--date YYYY-MM] [INPUT]");
        const char *input = n_operands == 3 ? operands[2] : "input";
        if (start_up(argv[0]) != 0)
            status = EXIT_USAGE;
        else
            status = scaffold_new_memo(operands[1], from, date, input) == 0 ? EXIT_OK : diag_exit_status();
    } else if (strcmp(command, "new") == 0) {
        if (n_operands < 2 || n_operands > 3 || strcmp(operands[0], "application") != 0)
            return usage_error("new needs: application NAME [INPUT] or memo NAME --from PREVIOUS");
        const char *input = n_operands == 3 ? operands[2] : "input";
        if (start_up(argv[0]) != 0)
            status = EXIT_USAGE;
        else
            status = scaffold_new_application(operands[1], input) == 0 ? EXIT_OK : diag_exit_status();
    } else {
        return usage_error("unknown command");
    }
    shut_down();
    return status;
}
