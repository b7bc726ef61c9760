/* B3 normalize_batch: ROWS x COLS floats, each row minus its mean into newly allocated
   rows (an array of row pointers, like Ember's list of lists; every malloc inside the timed
   region). Built with -fopenmp the rows are split over the threads. Same data and output as
   normalize_batch.ember. Usage: normalize_batch ROWS COLS */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    long rows = argc > 2 ? atol(argv[1]) : 100, cols = argc > 2 ? atol(argv[2]) : 1000;
    float **batch = malloc(rows * sizeof *batch);
    for (long r = 0; r < rows; r++) {
        batch[r] = malloc(cols * sizeof **batch);
        for (long c = 0; c < cols; c++) batch[r][c] = (float)((r * 31 + c * 17) % 997);
    }
    double t0 = now();
    float **out = malloc(rows * sizeof *out);
#pragma omp parallel for schedule(static)
    for (long r = 0; r < rows; r++) {
        const float *t = batch[r];
        float total = 0;
        for (long c = 0; c < cols; c++) total += t[c];
        float mean = total / (float)cols;
        float *o = malloc(cols * sizeof *o);
        for (long c = 0; c < cols; c++) o[c] = t[c] - mean;
        out[r] = o;
    }
    double t1 = now();
    double s = 0, a = 0;
    for (long r = 0; r < rows; r++)
        for (long c = 0; c < cols; c++) s += out[r][c], a += fabs((double)out[r][c]);
    printf("%.6f %.6f %.6f %.6f\n", s, a, out[0][0], out[rows - 1][cols - 1]);
    printf("compute_s %.6f\n", t1 - t0);
    for (long r = 0; r < rows; r++) free(batch[r]), free(out[r]);
    free(batch), free(out);
    return 0;
}
