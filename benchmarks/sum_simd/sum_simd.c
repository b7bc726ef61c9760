/* B2 sum, SIMD f32: sum.c with 16 partial sums in a GCC vector (lane k sums every 16th
   element from k; the tail's elements go to lanes 0, 1, ...), then the lanes added: the
   order of sum_simd.ember. 16 lanes are one AVX-512 register, two AVX2 ones. Usage: sum_simd N */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef float v16f __attribute__((vector_size(64)));

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
    v16f acc = {0};
    long full = n - n % 16, i = 0;
    for (; i < full; i += 16) {
        v16f v;
        memcpy(&v, x + i, sizeof v);
        acc += v;
    }
    for (; i < n; i++) acc[i - full] += x[i];
    float total = 0;
    for (int k = 0; k < 16; k++) total += acc[k];
    double t1 = now();
    printf("%.2f\n", total);
    printf("compute_s %.6f\n", t1 - t0);
    free(x);
    return 0;
}
