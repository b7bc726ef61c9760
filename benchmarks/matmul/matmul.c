/* B6 matmul: C = A B for N x N floats, row-major, i-k-j loop order, C newly allocated
   (zeroed) inside the timed region. Plain C; built with -fopenmp the rows of C are split
   over the threads. Same data and output as matmul.ember. Usage: matmul N */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static float *make(long n, long p, long q, long m, long d) {
    float *xs = malloc(n * n * sizeof *xs);
    for (long r = 0; r < n; r++)
        for (long c = 0; c < n; c++) xs[r * n + c] = (float)((p * r + q * c) % m - d);
    return xs;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 64;
    float *a = make(n, 1, 2, 7, 2), *b = make(n, 3, 1, 5, 1);
    double t0 = now();
    float *c = calloc(n * n, sizeof *c);
    if (!c) return 1;
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) {
        float *row = c + i * n;
        for (long k = 0; k < n; k++) {
            float aik = a[i * n + k];
            for (long j = 0; j < n; j++) row[j] += aik * b[k * n + j];
        }
    }
    double t1 = now();
    double s = 0;
    for (long i = 0; i < n * n; i++) s += c[i];
    printf("%.1f %.1f %.1f\n", s, c[0], c[n * n - 1]);
    printf("compute_s %.6f\n", t1 - t0);
    free(a), free(b), free(c);
    return 0;
}
