/* write — atomic file output by temporary file and rename (see write.h). */
#include "write.h"

#include "shared/diag.h"
#include "shared/i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int write_make_folders(const char *folder)
{
    char *path = strdup(folder);
    if (!path)
        return -1;
    int rc = 0;
    for (char *p = path + 1; *p && rc == 0; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            rc = -1;
        *p = '/';
    }
    if (rc == 0 && mkdir(path, 0777) != 0 && errno != EEXIST)
        rc = -1;
    free(path);
    return rc;
}

char *write_file_temp(const char *path, const void *data, size_t len)
{
    int rc = -1;
    int fd = -1;
    int created = 0;
    char *folder = strdup(path);
    size_t tmp_len = strlen(path) + 16;
    char *tmp = malloc(tmp_len);
    if (!folder || !tmp) {
        diag_environment("%s: out of memory", path);
        goto cleanup;
    }
    char *slash = strrchr(folder, '/');
    if (slash && slash != folder) {
        *slash = '\0';
        if (write_make_folders(folder) != 0) {
            diag_environment("%s: cannot create folder: %s", folder, strerror(errno));
            goto cleanup;
        }
    }
    snprintf(tmp, tmp_len, "%s.tmpXXXXXX", path);
    fd = mkstemp(tmp);
    if (fd < 0) {
        diag_environment("%s: cannot write: %s", path, strerror(errno));
        goto cleanup;
    }
    created = 1;
    const char *bytes = data;
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, bytes + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            diag_environment("%s: cannot write: %s", path, n < 0 ? strerror(errno) : _("short write"));
            goto cleanup;
        }
        done += (size_t)n;
    }
    /* mkstemp creates 0600; output is for publishing, so give it the usual 0644 less umask. */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0 || fsync(fd) != 0) {
        diag_environment("%s: cannot write: %s", path, strerror(errno));
        goto cleanup;
    }
    int closed = close(fd);
    fd = -1;
    if (closed != 0) {
        diag_environment("%s: cannot write: %s", path, strerror(errno));
        goto cleanup;
    }
    rc = 0;
cleanup:
    if (fd >= 0)
        close(fd);
    if (rc != 0 && created)
        unlink(tmp);
    if (rc != 0) {
        free(tmp);
        tmp = NULL;
    }
    free(folder);
    return tmp;
}

int write_commit(char *tmp, const char *path)
{
    int rc = 0;
    if (rename(tmp, path) != 0) {
        diag_environment("%s: cannot replace: %s", path, strerror(errno));
        unlink(tmp);
        rc = -1;
    }
    free(tmp);
    return rc;
}

void write_discard(char *tmp)
{
    if (tmp)
        unlink(tmp);
    free(tmp);
}

int write_file_atomic(const char *path, const void *data, size_t len)
{
    char *tmp = write_file_temp(path, data, len);
    return tmp ? write_commit(tmp, path) : -1;
}
