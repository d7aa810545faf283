/* Unit tests for write: the file appears whole or not at all, and the old file survives. */
#include "shared/diag.h"
#include "harness.h"
#include "compiler/write.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int count_entries(const char *folder)
{
    DIR *dir = opendir(folder);
    int n = 0;
    struct dirent *e;
    while (dir && (e = readdir(dir)))
        if (e->d_name[0] != '.')
            n++;
    if (dir)
        closedir(dir);
    return n;
}

int main(void)
{
    char folder[] = "/tmp/frisk-write-XXXXXX";
    CHECK(mkdtemp(folder) != NULL, "temporary folder");
    char path[512];
    snprintf(path, sizeof path, "%s/a/b/out.txt", folder);

    CHECK(write_file_atomic(path, "første", strlen("første")) == 0, "write creates parent folders");
    CHECK_STR(slurp(path), "første", "content is written whole");
    CHECK(write_file_atomic(path, "anden", 5) == 0, "write replaces an existing file");
    CHECK_STR(slurp(path), "anden", "replacement content");
    char sub[512];
    snprintf(sub, sizeof sub, "%s/a/b", folder);
    CHECK(count_entries(sub) == 1, "no temporary file is left behind");

    /* An unwritable folder: the write fails, reports, and the old file stays. */
    FILE *sink = tmpfile();
    diag_set_stream(sink);
    diag_reset_counts();
    if (geteuid() == 0) {
        /* root ignores permissions; a path under a regular file cannot be created by anyone */
        char bad[600];
        snprintf(bad, sizeof bad, "%s/out.txt/x", path);
        CHECK(write_file_atomic(bad, "x", 1) != 0, "a folder that cannot exist fails");
    } else {
        chmod(sub, 0555);
        CHECK(write_file_atomic(path, "tredje", 6) != 0, "an unwritable folder fails");
        chmod(sub, 0755);
    }
    CHECK(diag_environment_count() == 1, "the failure is reported as an environment error");
    CHECK_STR(slurp(path), "anden", "the previous file is untouched after a failure");
    CHECK(count_entries(sub) == 1, "a failed write leaves no temporary file");
    diag_set_stream(NULL);
    fclose(sink);

    CHECK(write_file_atomic(path, "", 0) == 0, "an empty file can be written");
    struct stat st;
    CHECK(stat(path, &st) == 0 && st.st_size == 0, "empty file has size 0");
    CHECK((st.st_mode & 0777) != 0600, "output is not left private by mkstemp");

    unlink(path);
    rmdir(sub);
    snprintf(sub, sizeof sub, "%s/a", folder);
    rmdir(sub);
    rmdir(folder);
    return harness_exit();
}
