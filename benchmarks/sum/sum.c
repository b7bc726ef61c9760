/* B2 sum: the sum of N floats with a float accumulator. Plain C: gcc keeps the strict
   left-to-right order (no -ffast-math), so the serial loop is not vectorized; built with
   -fopenmp the reduction clause gives each thread a partial sum. The data make every order
   exact (sum.ember). Usage: sum N */
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
    for (long i = 0; i < n; i++) x[i] = (float)(i % 7) * 0.25f - 0.5f;
    double t0 = now();
    float total = 0;
#pragma omp parallel for schedule(static) reduction(+ : total)
    for (long i = 0; i < n; i++) total += x[i];
    double t1 = now();
    printf("%.2f\n", total);
    printf("compute_s %.6f\n", t1 - t0);
    free(x);
    return 0;
}
