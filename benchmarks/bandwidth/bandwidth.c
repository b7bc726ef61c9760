/* This machine's memory bandwidth, STREAM-style: five kernels over arrays of N doubles
   (three arrays, each far larger than the last-level cache), each run REPS times; prints
   the best rate of each in GB/s (10^9 bytes), counting the bytes the kernel names as STREAM
   does (copy a = b: 16 bytes per element; triad a = b + q c: 24; read s += a: 8), not the
   write-allocate traffic. Built without -fopenmp it measures one core; with -fopenmp the
   loops (and the first touch of the arrays) are split over OMP_NUM_THREADS threads.
   Usage: bandwidth [N [REPS]] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1L << 24;
    int reps = argc > 2 ? atoi(argv[2]) : 10;
    double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *c = malloc(n * sizeof *c);
    if (!a || !b || !c) return 1;
    const double q = 3.0;
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) a[i] = 1.0, b[i] = 2.0, c[i] = 0.0;
    enum { COPY, SCALE, ADD, TRIAD, READ, KERNELS };
    static const char *name[KERNELS] = {"copy", "scale", "add", "triad", "read"};
    static const double bytes_per[KERNELS] = {16, 16, 24, 24, 8};
    double best[KERNELS], sink = 0;
    for (int k = 0; k < KERNELS; k++) best[k] = 1e30;
    for (int r = 0; r < reps; r++) {
        double t[KERNELS + 1];
        t[0] = now();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) c[i] = a[i];
        t[1] = now();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) b[i] = q * c[i];
        t[2] = now();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) c[i] = a[i] + b[i];
        t[3] = now();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) a[i] = b[i] + q * c[i];
        t[4] = now();
        /* eight independent sums, so the loop is bound by memory, not by add latency */
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
#pragma omp parallel for schedule(static) reduction(+ : s0, s1, s2, s3, s4, s5, s6, s7)
        for (long i = 0; i < n - 7; i += 8) {
            s0 += a[i], s1 += a[i + 1], s2 += a[i + 2], s3 += a[i + 3];
            s4 += a[i + 4], s5 += a[i + 5], s6 += a[i + 6], s7 += a[i + 7];
        }
        t[5] = now();
        sink += s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        for (int k = 0; k < KERNELS; k++)
            if (t[k + 1] - t[k] < best[k]) best[k] = t[k + 1] - t[k];
    }
    for (int k = 0; k < KERNELS; k++) printf("%s %.2f\n", name[k], bytes_per[k] * n / best[k] * 1e-9);
    printf("checksum %.6g\n", sink + a[n / 2] + b[n / 3] + c[n - 1]);
    free(a), free(b), free(c);
    return 0;
}
