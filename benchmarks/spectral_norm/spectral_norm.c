/* The Computer Language Benchmarks Game spectral-norm, plain C without intrinsics: the same
   algorithm as spectral_norm.ember. Built without -fopenmp (the "C" row) the pragmas are
   ignored and it is single-threaded; with -fopenmp (the "C OpenMP" row) the rows of each
   matrix-vector product are split over the threads. Usage: spectral_norm N */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double eval_a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void mul_av(const double *v, double *out, long n) {
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (long j = 0; j < n; j++) s += eval_a(i, j) * v[j];
        out[i] = s;
    }
}

static void mul_atv(const double *v, double *out, long n) {
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (long j = 0; j < n; j++) s += eval_a(j, i) * v[j];
        out[i] = s;
    }
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100;
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) u[i] = 1;
    for (int k = 0; k < 10; k++) { /* v = AtA u, then u = AtA v */
        mul_av(u, tmp, n);
        mul_atv(tmp, v, n);
        mul_av(v, tmp, n);
        mul_atv(tmp, u, n);
    }
    double vbv = 0, vv = 0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double r = sqrt(vbv / vv);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%.9f\n", r);
    printf("compute_s %.6f\n", (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9);
    free(u), free(v), free(tmp);
    return 0;
}
