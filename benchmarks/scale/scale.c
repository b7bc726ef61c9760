/* B1 scale: y = x * 2 over N floats into a newly allocated array (malloc inside the timed
   region, as Ember's new list). Plain C; built without -fopenmp the pragma is ignored (the
   "C" row), with -fopenmp it splits the loop over the threads (the "C OpenMP" row).
   Same data and output as scale.ember. Usage: scale N */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100000;
    float *x = malloc(n * sizeof *x);
    for (long i = 0; i < n; i++) x[i] = (float)(i % 1024) * 0.125f;
    double t0 = now();
    float *y = malloc(n * sizeof *y);
    if (!y) return 1;
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) y[i] = x[i] * 2.0f;
    double t1 = now();
    double s = 0;
    for (long i = 0; i < n; i++) s += y[i];
    printf("%.2f %.3f %.3f\n", s, y[0], y[n - 1]);
    printf("compute_s %.6f\n", t1 - t0);
    free(x), free(y);
    return 0;
}
