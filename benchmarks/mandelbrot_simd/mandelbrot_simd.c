/* B4 mandelbrot, SIMD f64: mandelbrot_escape.c with W points per vector (GCC vector
   extensions, no intrinsics; W = 8 with AVX-512, else 4: GCC splits wider vectors
   badly: 16 lanes took 4x as long), a lane still iterating holding the count 200, and the loop stopping when no lane
   is left; the algorithm of mandelbrot_simd.ember (z*z + c as two fused
   multiply-adds). Usage: mandelbrot_simd SIZE */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#ifdef __AVX512F__
#define W 8
#else
#define W 4
#endif
typedef double vd __attribute__((vector_size(W * 8)));
typedef long vl __attribute__((vector_size(W * 8)));

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static inline int any(vl m) {
    long r = 0;
    for (int j = 0; j < W; j++) r |= m[j];
    return r != 0;
}

static inline vl escape(vd cr, double ci) {
    vd zr = cr * 0.0, zi = cr * 0.0;
    vl count = (vl){0} + 200; /* a lane still iterating holds 200 */
    for (long k = 0; k < 200; k++) {
        vd ti = zi * zi;
        vl out = (zr * zr + ti > 4.0) & (count == 200); /* fused, as in the Ember */
        count = (out & k) | (~out & count);
        if (!any(count == 200)) break;
        zi = (zr + zr) * zi + ci; /* fused by gcc's default contraction */
        zr = zr * zr + (cr - ti);
    }
    return count;
}

int main(int argc, char **argv) {
    long size = argc > 1 ? atol(argv[1]) : 128, t = 0;
    vd lanes;
    vl ilanes;
    for (int j = 0; j < W; j++) lanes[j] = j, ilanes[j] = j;
    double t0 = now();
    for (long y = 0; y < size; y++) {
        double ci = 2.5 * y / size - 1.25;
        vl row = {0};
        for (long x = 0; x < size; x += W) {
            vd cr = ((double)x + lanes) * 2.5 / (double)size - 2.0;
            vl inside = ilanes + x < size;
            row += escape(cr, ci) & inside;
        }
        for (int j = 0; j < W; j++) t += row[j];
    }
    double t1 = now();
    printf("%ld\n", t);
    printf("compute_s %.6f\n", t1 - t0);
    return 0;
}
