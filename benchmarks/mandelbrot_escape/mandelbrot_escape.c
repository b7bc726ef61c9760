/* B4 mandelbrot, scalar f64: the sum of the escape counts over a SIZE x SIZE grid on
   [-2, 0.5] x [-1.25, 1.25], up to 200 iterations per point. Plain scalar C, the same
   algorithm as mandelbrot_escape.ember; built with -fopenmp the rows are split over the
   threads (dynamic schedule: rows cost different amounts). Usage: mandelbrot_escape SIZE */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static long escape(double cr, double ci) {
    double zr = 0, zi = 0;
    for (long k = 0; k < 200; k++) {
        double tr = zr * zr, ti = zi * zi;
        if (tr + ti > 4.0) return k;
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
    }
    return 200;
}

int main(int argc, char **argv) {
    long size = argc > 1 ? atol(argv[1]) : 128, t = 0;
    double t0 = now();
#pragma omp parallel for schedule(dynamic) reduction(+ : t)
    for (long y = 0; y < size; y++) {
        double ci = 2.5 * y / size - 1.25;
        long row = 0;
        for (long x = 0; x < size; x++) row += escape(2.5 * x / size - 2.0, ci);
        t += row;
    }
    double t1 = now();
    printf("%ld\n", t);
    printf("compute_s %.6f\n", t1 - t0);
    return 0;
}
