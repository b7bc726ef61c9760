/* B8 batch_scale: ROWS x COLS doubles times 2.0 into newly allocated rows (an array of
   row pointers, like Ember's new list of new lists; every malloc inside the timed region).
   Built with -fopenmp the rows are split over the threads. Same data and output as
   batch_scale.ember. Usage: batch_scale ROWS COLS */
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
    double **batch = malloc(rows * sizeof *batch);
    for (long r = 0; r < rows; r++) {
        batch[r] = malloc(cols * sizeof **batch);
        for (long c = 0; c < cols; c++) batch[r][c] = (double)((r * 31 + c * 17) % 997) * 0.5;
    }
    double t0 = now();
    double **out = malloc(rows * sizeof *out);
#pragma omp parallel for schedule(static)
    for (long r = 0; r < rows; r++) {
        const double *t = batch[r];
        double *o = malloc(cols * sizeof *o);
        for (long c = 0; c < cols; c++) o[c] = t[c] * 2.0;
        out[r] = o;
    }
    double t1 = now();
    double s = 0;
    for (long r = 0; r < rows; r++)
        for (long c = 0; c < cols; c++) s += out[r][c];
    printf("%.1f %.1f %.1f\n", s, out[0][0], out[rows - 1][cols - 1]);
    printf("compute_s %.6f\n", t1 - t0);
    for (long r = 0; r < rows; r++) free(batch[r]), free(out[r]);
    free(batch), free(out);
    return 0;
}
