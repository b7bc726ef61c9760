/* Points of a SIZE x SIZE grid over [-1.5, 0.5] x [-1, 1] that stay bounded for 50
   iterations: plain scalar C, the same algorithm as mandelbrot.ember. Usage: mandelbrot SIZE */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int in_set(double cr, double ci) {
    double zr = 0, zi = 0;
    for (int k = 0; k < 50; k++) {
        double tr = zr * zr, ti = zi * zi;
        if (tr + ti > 4.0) return 0;
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
    }
    return 1;
}

int main(int argc, char **argv) {
    long size = argc > 1 ? atol(argv[1]) : 200, n = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (long x = 0; x < size; x++) n += in_set(2.0 * x / size - 1.5, ci);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%ld\n", n);
    printf("compute_s %.6f\n", (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9);
    return 0;
}
