/* Ember runtime ABI: the contract between codegen (which calls these) and rt.c.
 * rt.c is compiled once by developers to rt.ll (checked in), so installing and running
 * Ember needs no C compiler. Every symbol is prefixed `ember_`.
 *
 * Values:
 *   str   = EmStr*  (immutable; heap, or static when is_static != 0: never freed, dup is free)
 *   [T]   = EmList* (heap header; elements stored inline, `esize` bytes each)
 * Codegen passes per-type helper functions for element work:
 *   copy_fn(dst, src)  deep-copies one element into uninitialised dst (NULL: memcpy)
 *   drop_fn(elem)      destroys one element in place                   (NULL: nothing)
 *   eq_fn(a, b)        returns 1 when equal
 *   lt_fn(a, b)        returns 1 when a < b
 *   repr_fn(buf, elem) appends the element's repr to buf
 * Fault kinds: see EM_* below. Locations: file is a NUL-terminated path, line/col 1-based.
 */
#ifndef EMBER_RT_H
#define EMBER_RT_H
#include <stdint.h>

typedef struct EmStr { int64_t len; int64_t is_static; char data[]; } EmStr; /* len in bytes; data NUL-terminated */
/* data: the first element; cap counts slots from there. front: bytes freed before data by
 * pops at the front (the storage starts at data - front), so `pop(0)` and a deque's
 * `popleft` are O(1) and inserts at the front reuse that room (rt.c list_front). */
typedef struct EmList { int64_t len; int64_t cap; char *data; int64_t front; } EmList;
/* len live entries; used entry slots (dead ones included) of cap; index has mask + 1 slots */
typedef struct EmDict { int64_t len; int64_t used; int64_t cap; int64_t mask; char *entries; int64_t *index; } EmDict;
/* CPython's set table: used live slots (first, as a list's len), fill slots live or dummy, finger where pop looks next (rt.c) */
typedef struct EmSet { int64_t used; int64_t fill; int64_t mask; int64_t finger; char *table; } EmSet;
typedef struct EmBuf EmBuf; /* opaque growable byte buffer */
/* What an error of an exception class with fields carries (sema/check/excobjects.py): the
 * object's size and how to drop and copy it (NULL: nothing to do, the bytes are copied). */
typedef struct EmErrObj { int64_t size; void (*drop)(void *); void (*copy)(void *, const void *); } EmErrObj;
/* A raised error (heap); msg NULL: no message given (or an empty one). obj: the exception's
 * object (NULL for a built-in kind's error), of `type`; repr: its repr, NULL: Kind('msg'). */
typedef struct EmErr { int64_t kind; EmStr *msg; void *obj; const EmErrObj *type; EmStr *repr; } EmErr;

typedef void (*em_copy_fn)(void *dst, const void *src);
typedef void (*em_drop_fn)(void *elem);
typedef int32_t (*em_eq_fn)(const void *a, const void *b);
typedef int32_t (*em_lt_fn)(const void *a, const void *b);
typedef void (*em_repr_fn)(EmBuf *b, const void *elem);

enum { EM_INDEX = 0, EM_ZERODIV = 1, EM_OVERFLOW = 2, EM_ASSERT = 3, EM_VALUE = 4,
       EM_MEMORY = 5, EM_KEY = 6, EM_RUNTIME = 7,
       EM_ERROR = 8, EM_EXCEPTION = 9 /* raised `Error(...)`, `Exception(...)`: never faults */,
       EM_EOF = 10 /* input() at the end of stdin: a fault */,
       EM_FILENOTFOUND = 11, EM_PERMISSION = 12, EM_ISADIR = 13, EM_OSERROR = 14, /* open() failed: faults */
       EM_UNSUPPORTED = 15 /* reading a file opened for writing, or the reverse */,
       EM_TYPE = 16 /* an optional's payload used when it is None */,
       EM_NAMED = 17 /* a fault whose message starts with its kind's name (an uncaught user error) */ };
/* A kind at or above EM_USER is a user exception class: the address of its names,
 * "Name\0Base\0...\0\0" (its own, then its bases' up to a built-in kind's, then an empty one). */
#define EM_USER 4096

/* ---- process ---- */
void ember_rt_init(int32_t argc, char **argv);   /* remember argv; set up stdout buffer */
void ember_rt_flush(void);                       /* flush Ember's stdout buffer */
void ember_rt_finish(void);                      /* end of the program's entry: flush, then stop the thread pool if one started */
EmList *ember_argv(void);                        /* new [str] of the program's arguments */
/* ---- standard streams: sys.stdin, input(), sys.stdout/stderr.write (str borrowed) ---- */
EmStr *ember_io_stdin_readline(void);            /* a line with its "\n"; "" at the end */
EmStr *ember_io_stdin_read(void);                /* the rest of stdin */
EmList *ember_io_stdin_readlines(void);          /* [str] of the remaining lines */
EmStr *ember_io_input(EmStr *prompt, const char *file, int32_t line, int32_t col); /* prompt NULL: none */
int64_t ember_io_stdout_write(EmStr *s);         /* code points written */
void ember_io_stdout_flush(void);
int64_t ember_io_stderr_write(EmStr *s);
/* ---- text files: open() and TextFile (owned; dropped: closed and freed). loc: a fault's ---- */
typedef struct EmFile EmFile;
/* mode NULL: "r"; a bad mode faults; an OS failure is a closed file holding the error to raise */
EmFile *ember_io_open(EmStr *path, EmStr *mode, const char *file, int32_t line, int32_t col);
int32_t ember_io_open_failed(EmFile *f);
EmErr *ember_io_open_error(EmFile *f);           /* the error, taken out of f */
void ember_io_file_drop(EmFile *f);              /* NULL: no-op */
void ember_io_file_close(EmFile *f);             /* idempotent */
EmStr *ember_io_file_read(EmFile *f, const char *file, int32_t line, int32_t col);
EmStr *ember_io_file_readline(EmFile *f, const char *file, int32_t line, int32_t col);
EmList *ember_io_file_readlines(EmFile *f, const char *file, int32_t line, int32_t col);
int64_t ember_io_file_write(EmFile *f, EmStr *s, const char *file, int32_t line, int32_t col);
void ember_io_file_writelines(EmFile *f, EmList *l, const char *file, int32_t line, int32_t col);
void ember_io_file_flush(EmFile *f, const char *file, int32_t line, int32_t col);
void ember_buf_fprint(EmBuf *b, EmFile *f, const char *file, int32_t line, int32_t col); /* consumes b */
double ember_perf_counter(void);                 /* CLOCK_MONOTONIC seconds */

/* ---- faults: print "FILE:LINE:COL: Kind: message" to stderr after flushing stdout, exit(1) ----
 * (out-of-memory too). Inside a chunk of ember_par_run they are recorded first: see below. */
void ember_fault(int32_t kind, const char *msg, const char *file, int32_t line, int32_t col);
void ember_fault_buf(int32_t kind, EmBuf *msg, const char *file, int32_t line, int32_t col);
void ember_unpack_check(int64_t len, int64_t n, int32_t star, const char *file, int32_t line, int32_t col);
void ember_fault_index(int64_t index, int64_t len, const char *file, int32_t line, int32_t col); /* "list index 5 out of range for length 3" */

/* ---- parallel loops (LANGUAGE.md 6) ----
 * A loop of n iterations runs as nc = ember_par_chunks(n) chunks: 0 if n <= 0, else
 * min(n, 1024). Chunk c covers iterations [c*n/nc, (c+1)*n/nc) (exact for any n, no
 * overflow); the bounds depend on n only, never on the thread count, so results combined
 * per chunk (float reductions, appended lists) are the same on every machine and run.
 * ember_par_run calls fn(env, start, end, c) exactly once per chunk, spread over a
 * persistent pool (EMBER_NUM_THREADS threads when set to a positive integer, else one per
 * CPU the process may use; the caller is one of them, chunks are handed out dynamically)
 * and returns when all are done, their memory effects visible to the caller. It runs the
 * chunks in order on the calling thread instead when nc <= 1, when the pool has one
 * thread, when called from inside a chunk (a nested loop), or when the pool is running
 * another thread's loop. Idle workers spin briefly, then sleep.
 * Faults inside a pool chunk do not exit at once: the fault of the lowest chunk is kept
 * (its message cut to 1024 bytes), chunks above it that have not started are skipped,
 * lower ones run to completion, and when all are done ember_par_run reports it like any
 * fault. Chunks run their iterations in order, so that is the fault of the lowest failing
 * iteration. What a faulting chunk allocated is leaked (the process ends).
 * ember_par_shutdown joins the workers (no pool: no-op); a later loop starts a new pool.
 * Call it with no loop running, never from a chunk, and before the code is unloaded. */
typedef void (*EmChunkFn)(void *env, int64_t start, int64_t end, int64_t chunk);
int64_t ember_par_chunks(int64_t n);
void ember_par_run(EmChunkFn fn, void *env, int64_t n);
/* ember_par_run for a loop with no state per chunk: a thread's claimed run of
 * consecutive chunks (or, run inline, the whole loop) is one call fn(env, start, end, c),
 * c its first chunk, so the body sees runs of rows long enough to vectorize across. */
void ember_par_run_ranges(EmChunkFn fn, void *env, int64_t n);
void ember_par_shutdown(void);
/* The loop with environment `env` raised an error in `chunk`: it counts like a fault for
 * the lowest-chunk rule (chunks above are skipped, a fault above is not reported), and the
 * loop's own code, after ember_par_run returns, raises the error of its lowest chunk. */
void ember_par_raised(void *env, int64_t chunk);
/* ---- calls from Python (interop) ----
 * ember_guarded_call runs `*err = fn(frame)` and returns 0; a fault inside it (on this
 * thread, or in a chunk of a parallel loop it runs) is copied to *fault instead of ending
 * the process, and it returns 1 (what the call allocated is leaked). Ember's stdout is
 * flushed after the call. fn is an export wrapper (interop/exports.py); the frame holds
 * its arguments (for `inout`, the address of the variable), then room for the result.
 * Lists with a negative cap are foreign (NumPy's storage): see ember_list_drop. */
typedef struct EmFaultInfo {
    int32_t kind, line, col; /* line 0: no location */
    const char *file;        /* NULL: no location */
    int64_t len;             /* bytes of msg used */
    char msg[1024];
} EmFaultInfo;
typedef EmErr *(*EmEntryFn)(void *frame);
int32_t ember_guarded_call(EmEntryFn fn, void *frame, EmErr **err, EmFaultInfo *fault);

/* ---- raised errors (LANGUAGE.md section 8): values returned alongside results, no unwinding ---- */
EmErr *ember_err_new(int32_t kind, EmStr *msg);  /* takes msg (NULL: no message) */
EmErr *ember_err_dup(EmErr *e);
/* moves the object at `obj` into e (a copy of its bytes) with its repr (taken); an empty msg becomes NULL */
void ember_err_attach(EmErr *e, void *obj, const EmErrObj *type, EmStr *repr);
void ember_err_free(EmErr *e);                   /* NULL-safe */
void ember_buf_err(EmBuf *b, EmErr *e, int32_t repr); /* str(e): the message (KeyError: its repr); repr: ValueError('msg') */
EmStr *ember_err_kind_name(EmErr *e);             /* type(e).__name__ */
void ember_err_uncaught(EmErr *e);               /* "Kind: message" to stderr after flushing stdout, exit(1) */

/* ---- memory ---- */
void *ember_alloc(int64_t size);                 /* malloc or MemoryError fault */
void ember_free(void *p);

/* ---- strings ---- */
EmStr *ember_str_new(const char *bytes, int64_t len);   /* copies */
EmStr *ember_str_dup(EmStr *s);                         /* static: returns s */
void ember_str_free(EmStr *s);                          /* NULL and static: no-op */
int64_t ember_str_len(EmStr *s);                        /* code points */
EmStr *ember_str_concat(EmStr *a, EmStr *b);
EmStr *ember_str_append(EmStr *a, EmStr *b);
EmStr *ember_str_repeat(EmStr *a, int64_t n);
int32_t ember_str_eq(EmStr *a, EmStr *b);
int32_t ember_str_cmp(EmStr *a, EmStr *b);              /* <0, 0, >0 (code point order) */
int32_t ember_str_contains(EmStr *hay, EmStr *needle);
EmStr *ember_str_index(EmStr *s, int64_t i, const char *file, int32_t line, int32_t col); /* negative ok; IndexError "string index out of range" */
EmStr *ember_str_slice(EmStr *s, int64_t start, int64_t stop, int64_t step, int32_t flags); /* flags bit0: start given, bit1: stop given; Python semantics; step 0 -> ValueError fault w/o loc */
int64_t ember_str_find(EmStr *s, EmStr *sub);           /* code point index or -1 */
int64_t ember_str_count(EmStr *s, EmStr *sub);
int32_t ember_str_startswith(EmStr *s, EmStr *p);
int32_t ember_str_endswith(EmStr *s, EmStr *p);
EmStr *ember_str_upper(EmStr *s);
EmStr *ember_str_lower(EmStr *s);
EmStr *ember_str_strip(EmStr *s, EmStr *chars);         /* chars NULL: whitespace */
EmStr *ember_str_lstrip(EmStr *s, EmStr *chars);
EmStr *ember_str_rstrip(EmStr *s, EmStr *chars);
EmStr *ember_str_replace(EmStr *s, EmStr *old, EmStr *new_, int64_t count); /* count < 0: all */
EmList *ember_str_split(EmStr *s, EmStr *sep);          /* sep NULL: split on whitespace runs; result [str] */
EmList *ember_str_splitn(EmStr *s, EmStr *sep, int64_t maxsplit, int32_t right); /* split/rsplit with maxsplit */
EmList *ember_str_splitlines(EmStr *s);
int64_t ember_str_rfind(EmStr *s, EmStr *sub);          /* code point index or -1 */
EmStr *ember_str_removeprefix(EmStr *s, EmStr *p);
int32_t ember_str_startswith_any(EmStr *s, EmList *ps); /* s.startswith(("a", "b")) */
int32_t ember_str_endswith_any(EmStr *s, EmList *ps);
EmStr *ember_str_removesuffix(EmStr *s, EmStr *p);
EmStr *ember_str_swapcase(EmStr *s);
EmStr *ember_str_expandtabs(EmStr *s, int64_t tabsize);
void ember_str_partition(EmStr *s, EmStr *sep, int32_t right, EmStr **out); /* out[3]: before, sep, after */
EmStr *ember_str_join(EmStr *sep, EmList *parts);       /* parts: [str] */
int32_t ember_str_isdigit(EmStr *s);
int32_t ember_str_isalpha(EmStr *s);
int32_t ember_str_isspace(EmStr *s);
int32_t ember_str_isalnum(EmStr *s);
int32_t ember_str_isupper(EmStr *s);
int32_t ember_str_islower(EmStr *s);
EmStr *ember_str_title(EmStr *s);
EmStr *ember_str_capitalize(EmStr *s);
/* fill: one code point, or NULL for a space (else a ValueError fault at file:line:col) */
EmStr *ember_str_ljust(EmStr *s, int64_t width, EmStr *fill, const char *file, int32_t line, int32_t col);
EmStr *ember_str_rjust(EmStr *s, int64_t width, EmStr *fill, const char *file, int32_t line, int32_t col);
EmStr *ember_str_center(EmStr *s, int64_t width, EmStr *fill, const char *file, int32_t line, int32_t col);
EmStr *ember_str_zfill(EmStr *s, int64_t width);
int64_t ember_str_ord(EmStr *s, const char *file, int32_t line, int32_t col);   /* TypeError-like ValueError fault unless 1 code point */
EmStr *ember_str_chr(int64_t cp, const char *file, int32_t line, int32_t col);
int64_t ember_str_to_i64(EmStr *s, int64_t base, const char *file, int32_t line, int32_t col);  /* int("12", 10) ; ValueError: invalid literal for int() with base 10: 'x' */
double ember_str_to_f64(EmStr *s, const char *file, int32_t line, int32_t col);   /* float("1.5"); ValueError: could not convert string to float: 'x' */
/* Inside a `try` that catches ValueError: whether int(s, base) / float(s) is no ValueError,
 * and that ValueError as a raised error when it is. */
int32_t ember_str_int_ok(EmStr *s, int64_t base);
EmErr *ember_str_int_error(EmStr *s, int64_t base);
int32_t ember_str_float_ok(EmStr *s);
EmErr *ember_str_float_error(EmStr *s);

/* ---- string building and formatting (Python's rules) ---- */
EmBuf *ember_buf_new(void);
void ember_buf_free(EmBuf *b);
void ember_buf_bytes(EmBuf *b, const char *p, int64_t n);
void ember_buf_str(EmBuf *b, EmStr *s);                 /* raw text */
void ember_buf_str_repr(EmBuf *b, EmStr *s);            /* Python repr: quotes and escapes */
void ember_buf_i64(EmBuf *b, int64_t v);
void ember_buf_u64(EmBuf *b, uint64_t v);
void ember_buf_f64(EmBuf *b, double x);                 /* repr(float): shortest round-trip, 1e+16, 1e-05, inf, nan, -0.0 */
void ember_buf_f32(EmBuf *b, float x);                  /* shortest digits that round-trip as f32, same layout */
void ember_buf_bool(EmBuf *b, int32_t v);               /* True / False */
void ember_buf_list(EmBuf *b, EmList *l, int64_t esize, em_repr_fn repr);  /* [a, b] */
void ember_buf_tuple(EmBuf *b, EmList *l, int64_t esize, em_repr_fn repr); /* (a, b), (a,), () */
EmStr *ember_buf_finish(EmBuf *b);                      /* consumes b */
void ember_buf_print(EmBuf *b);                         /* appends to Ember's stdout buffer; consumes b */
void ember_buf_eprint(EmBuf *b);                        /* flushes stdout, writes to stderr; consumes b */
/* format-spec mini-language, parsed at compile time: fill is a code point (' ' default),
 * align one of '<' '>' '^' '=' or 0, sign '+' '-' ' ' or 0, width/precision -1 when absent,
 * grouping ',' '_' or 0, type a format char or 0. zero is the '0' flag before the width; as in
 * CPython it is only a flag when no fill was given ('x<05' is fill 'x', width 5, zero 0).
 * Same results as Python's format(). */
void ember_buf_fmt_i64(EmBuf *b, int64_t v, int32_t fill, int32_t align, int32_t sign, int32_t alt, int32_t zero, int64_t width, int32_t grouping, int64_t precision, int32_t type);
void ember_buf_fmt_f64(EmBuf *b, double v, int32_t fill, int32_t align, int32_t sign, int32_t alt, int32_t zero, int64_t width, int32_t grouping, int64_t precision, int32_t type);
void ember_buf_fmt_str(EmBuf *b, EmStr *s, int32_t fill, int32_t align, int32_t sign, int32_t alt, int32_t zero, int64_t width, int32_t grouping, int64_t precision, int32_t type);
/* a spec known only at run time: parsed and checked (ValueError fault) with Python's rules;
 * kind 0: format iv as int, 1: fv as float, 2: sv as str, 3: iv as bool */
void ember_buf_fmt_dyn(EmBuf *b, int32_t kind, int64_t iv, double fv, EmStr *sv, EmStr *spec, const char *file, int32_t line, int32_t col);

/* ---- lists (elements are esize bytes; helpers as described at the top) ---- */
EmList *ember_list_new(int64_t esize, int64_t cap);
void ember_list_drop(EmList *l, int64_t esize, em_drop_fn drop);     /* NULL-safe; drops elements then frees */
void *ember_list_push(EmList *l, int64_t esize);                     /* grows by doubling; returns the new slot */
void ember_list_reserve(EmList *l, int64_t esize, int64_t cap);
void *ember_list_insert_slot(EmList *l, int64_t esize, int64_t index); /* Python insert index clamping; returns the slot */
void ember_list_pop_into(EmList *l, int64_t esize, int64_t index, void *out, const char *file, int32_t line, int32_t col); /* negative ok; IndexError "pop index out of range" / "pop from empty list" */
EmList *ember_list_copy(EmList *l, int64_t esize, em_copy_fn copy);  /* deep copy */
EmList *ember_list_slice(EmList *l, int64_t esize, int64_t start, int64_t stop, int64_t step, int32_t flags, em_copy_fn copy); /* flags as str_slice */
void ember_list_set_slice(EmList *l, int64_t esize, int64_t start, int64_t stop, int64_t step, int32_t flags,
                          EmList *src, em_copy_fn copy, em_drop_fn drop, const char *file, int32_t line, int32_t col); /* xs[a:b:c] = src */
EmList *ember_list_concat(EmList *a, EmList *b, int64_t esize, em_copy_fn copy);
EmList *ember_list_repeat(EmList *a, int64_t n, int64_t esize, em_copy_fn copy);
void ember_list_extend(EmList *dst, EmList *src, int64_t esize, em_copy_fn copy); /* src may be dst */
void ember_list_extend_move(EmList *dst, EmList *src, int64_t esize); /* moves src's elements (bitwise) to dst's end, frees src's header and storage; src NULL: no-op; src != dst */
void ember_list_clear(EmList *l, int64_t esize, em_drop_fn drop);
int64_t ember_list_find(EmList *l, int64_t esize, const void *needle, em_eq_fn eq); /* index or -1 */
int64_t ember_list_count(EmList *l, int64_t esize, const void *needle, em_eq_fn eq);
void ember_list_remove(EmList *l, int64_t esize, const void *needle, em_eq_fn eq, em_drop_fn drop, const char *file, int32_t line, int32_t col); /* ValueError "list.remove(x): x not in list" */
int32_t ember_list_eq(EmList *a, EmList *b, int64_t esize, em_eq_fn eq);
int32_t ember_list_lt(EmList *a, EmList *b, int64_t esize, em_eq_fn eq, em_lt_fn lt); /* lexicographic */
void ember_list_reverse(EmList *l, int64_t esize);
void ember_list_sort(EmList *l, int64_t esize, em_lt_fn lt);        /* stable (merge sort) */
void ember_list_sort_keyed(EmList *l, int64_t esize, EmList *keys, int64_t ksize, em_lt_fn lt);
void ember_list_sort_str(EmList *l);                                     /* by 8-byte prefixes, then whole */
void ember_list_sort_keyed_str(EmList *l, int64_t esize, EmList *keys);

/* ---- numbers ---- */
int64_t ember_ipow_mod(int64_t base, int64_t exp, int64_t mod, const char *file, int32_t line, int32_t col); /* pow(b, e, m) */
int64_t ember_math_gcd(int64_t a, int64_t b, const char *file, int32_t line, int32_t col);
int64_t ember_math_lcm(int64_t a, int64_t b, const char *file, int32_t line, int32_t col);
int64_t ember_math_factorial(int64_t n, const char *file, int32_t line, int32_t col);
int64_t ember_math_comb(int64_t n, int64_t k, const char *file, int32_t line, int32_t col);
int64_t ember_math_perm(int64_t n, int64_t k, const char *file, int32_t line, int32_t col); /* k INT64_MIN: n */
int64_t ember_math_isqrt(int64_t n, const char *file, int32_t line, int32_t col);
int64_t ember_ipow(int64_t base, int64_t exp, const char *file, int32_t line, int32_t col); /* OverflowError "integer overflow"; negative exp -> ValueError */
double ember_fmod_py(double a, double b);   /* Python float % (sign of b) */
double ember_floordiv_f64(double a, double b);
double ember_round_f64(double x, int64_t ndigits); /* Python round() with ndigits, correctly rounded */
int64_t ember_round_i64(int64_t x, int64_t ndigits, const char *file, int32_t line, int32_t col); /* round(int, ndigits): to a multiple of 10**-ndigits, half to even */
/* ---- dicts (ordered; entries are esize bytes: uint64 hash, key at offset 8, value; see rt.c) ---- */
uint64_t ember_hash_i64(int64_t v);
uint64_t ember_hash_str(EmStr *s);
EmDict *ember_dict_new(int64_t esize, int64_t cap);
void ember_dict_reserve(EmDict *d, int64_t esize, int64_t cap);
void *ember_dict_find(EmDict *d, int64_t esize, uint64_t hash, const void *key, em_eq_fn eq); /* entry or NULL */
void *ember_dict_slot(EmDict *d, int64_t esize, uint64_t hash, const void *key, em_eq_fn eq, int32_t *fresh); /* fresh: caller writes key and value */
int32_t ember_dict_remove(EmDict *d, int64_t esize, uint64_t hash, const void *key, em_eq_fn eq, void *out); /* entry bytes moved to out */
void *ember_dict_entry(EmDict *d, int64_t esize, int64_t i); /* i < used; NULL: deleted */
void ember_dict_clear(EmDict *d, int64_t esize, em_drop_fn drop);  /* drop(entry) */
void ember_dict_drop(EmDict *d, int64_t esize, em_drop_fn drop);   /* NULL-safe */
EmDict *ember_dict_copy(EmDict *d, int64_t esize, em_copy_fn copy); /* copy(dst entry, src entry); NULL: bitwise */
char **ember_dict_by_count(EmDict *d, int64_t esize, int64_t voff); /* a Counter's entries by count, highest first; free it */

/* ---- sets (CPython's table and order; slots are esize bytes: int64 Python hash, key at offset 8; see rt.c) ---- */
EmSet *ember_set_new(int64_t esize);
char *ember_set_find(EmSet *s, int64_t esize, const char *entry, em_eq_fn eq); /* slot or NULL */
int32_t ember_set_add(EmSet *s, int64_t esize, const char *entry, em_eq_fn eq, em_copy_fn copy); /* 1: added */
int32_t ember_set_discard(EmSet *s, int64_t esize, const char *entry, em_eq_fn eq, em_drop_fn drop); /* 1: was there */
int32_t ember_set_pop(EmSet *s, int64_t esize, char *out); /* 0: empty */
void ember_set_clear(EmSet *s, int64_t esize, em_drop_fn drop);
void ember_set_drop(EmSet *s, int64_t esize, em_drop_fn drop); /* NULL-safe */
void ember_set_merge(EmSet *s, EmSet *o, int64_t esize, em_eq_fn eq, em_copy_fn copy); /* s |= o */
EmSet *ember_set_copy(EmSet *s, int64_t esize, em_eq_fn eq, em_copy_fn copy);
EmSet *ember_set_and(EmSet *a, EmSet *b, int64_t esize, em_eq_fn eq, em_copy_fn copy);
EmSet *ember_set_sub(EmSet *a, EmSet *b, int64_t esize, em_eq_fn eq, em_copy_fn copy, em_drop_fn drop);
EmSet *ember_set_xor(EmSet *a, EmSet *b, int64_t esize, em_eq_fn eq, em_copy_fn copy, em_drop_fn drop);
void ember_set_take(EmSet *s, EmSet *r, int64_t esize, em_drop_fn drop); /* s gets r's body; r freed */
void ember_set_iand(EmSet *s, EmSet *o, int64_t esize, em_eq_fn eq, em_copy_fn copy, em_drop_fn drop);
void ember_set_isub(EmSet *s, EmSet *o, int64_t esize, em_eq_fn eq, em_drop_fn drop);
void ember_set_ixor(EmSet *s, EmSet *o, int64_t esize, em_eq_fn eq, em_copy_fn copy, em_drop_fn drop);
int32_t ember_set_le(EmSet *a, EmSet *b, int64_t esize, em_eq_fn eq); /* a <= b */
int32_t ember_set_disjoint(EmSet *a, EmSet *b, int64_t esize, em_eq_fn eq);
char *ember_set_entry(EmSet *s, int64_t esize, int64_t i); /* slot i's entry or NULL */
int64_t ember_pyhash_i64(int64_t v);   /* CPython's hash(int) */
int64_t ember_pyhash_f64(double v);    /* CPython's hash(float) */
int64_t ember_pyhash_str(EmStr *s);

#endif
