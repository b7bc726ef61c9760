source_filename = "rt.c"

%struct.anon = type { i32, i32, i32, i64, i32, i64*, i32, %union.EmMutex, %union.EmCond, %union.EmCond, i32, i32, i32, %struct.atomic_flag, i32, void (i8*, i64, i64, i64)*, i8*, i64, i32, [28 x i8], i64, [56 x i8], i64, [56 x i8], i64, %struct.atomic_flag, %struct.EmFaultRec, [16 x i8] }
%union.EmMutex = type { %union.pthread_mutex_t, [24 x i8] }
%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { %struct.__pthread_internal_list*, %struct.__pthread_internal_list* }
%union.EmCond = type { %union.pthread_cond_t, [16 x i8] }
%union.pthread_cond_t = type { %struct.__pthread_cond_s }
%struct.__pthread_cond_s = type { %union.__atomic_wide_counter, %union.__atomic_wide_counter, [2 x i32], [2 x i32], i32, i32, [2 x i32] }
%union.__atomic_wide_counter = type { i64 }
%struct.atomic_flag = type { i8 }
%struct.EmFaultRec = type { i32, i32, i32, i8*, i64, [1024 x i8] }
%struct._IO_FILE = type { i32, i8*, i8*, i8*, i8*, i8*, i8*, i8*, i8*, i8*, i8*, i8*, %struct._IO_marker*, %struct._IO_FILE*, i32, i32, i64, i16, i8, [1 x i8], i8*, i64, %struct._IO_codecvt*, %struct._IO_wide_data*, %struct._IO_FILE*, i8*, i64, i32, [20 x i8] }
%struct._IO_marker = type opaque
%struct._IO_codecvt = type opaque
%struct._IO_wide_data = type opaque
%struct.EmList = type { i64, i64, i8* }
%struct.EmStr = type { i64, i64, [0 x i8] }
%struct.timespec = type { i64, i64 }
%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }
%struct.EmFaultInfo = type { i32, i32, i32, i8*, i64, [1024 x i8] }
%struct.EmBuf = type { i8*, i64, i64 }
%union.pthread_mutexattr_t = type { i32 }
%union.pthread_condattr_t = type { i32 }
%union.pthread_attr_t = type { i64, [48 x i8] }
%struct.EmErr = type { i64, %struct.EmStr* }
%struct.EmGuard = type { %union.anon, %struct.EmFaultInfo*, [8 x i8] }
%union.anon = type { [1 x %struct.__jmp_buf_tag], [312 x i8] }
%struct.Spec = type { i32, i32, i32, i32, i32, i64, i32, i64, i32 }
%struct.StrRec = type { i64, %struct.EmStr*, i64 }
%struct.EmDict = type { i64, i64, i64, i64, i8*, i64* }
%struct.EmFile = type { %struct._IO_FILE*, i32, %struct.EmErr* }
%struct.stat = type { i64, i64, i64, i32, i32, i32, i32, i64, i64, i64, i64, %struct.timespec, %struct.timespec, %struct.timespec, [3 x i64] }
%struct.EmChunkCtx = type { %union.anon.1, i64, [8 x i8] }
%union.anon.1 = type { [1 x %struct.__jmp_buf_tag], [312 x i8] }

@em_argc = internal unnamed_addr global i32 0, align 4
@em_argv = internal unnamed_addr global i8** null, align 8
@em_out_line = internal unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [56 x i8] c"not enough values to unpack (expected %s%lld, got %lld)\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"at least \00", align 1
@.str.2 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.3 = private unnamed_addr constant [42 x i8] c"too many values to unpack (expected %lld)\00", align 1
@.str.4 = private unnamed_addr constant [45 x i8] c"list index %lld out of range for length %lld\00", align 1
@em_pool = internal global %struct.anon { i32 0, i32 0, i32 0, i64 0, i32 0, i64* null, i32 0, %union.EmMutex zeroinitializer, %union.EmCond zeroinitializer, %union.EmCond zeroinitializer, i32 0, i32 0, i32 0, %struct.atomic_flag zeroinitializer, i32 0, void (i8*, i64, i64, i64)* null, i8* null, i64 0, i32 0, [28 x i8] undef, i64 0, [56 x i8] undef, i64 0, [56 x i8] undef, i64 0, %struct.atomic_flag zeroinitializer, %struct.EmFaultRec zeroinitializer, [16 x i8] undef }, align 64
@em_guard_once = internal global i32 0, align 4
@em_guard_ok = internal unnamed_addr global i32 0, align 4
@em_guard_key = internal global i32 0, align 4
@em_pool_stop = internal unnamed_addr global void ()* null, align 8
@.str.5 = private unnamed_addr constant [5 x i8] c"True\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"False\00", align 1
@.str.8 = private unnamed_addr constant [26 x i8] c"string index out of range\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"empty separator\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"0\00", align 1
@.str.11 = private unnamed_addr constant [60 x i8] c"ord() expected a character, but string of length %lld found\00", align 1
@.str.12 = private unnamed_addr constant [33 x i8] c"chr() arg not in range(0x110000)\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"\\n\00", align 1
@.str.14 = private unnamed_addr constant [3 x i8] c"\\t\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"\\r\00", align 1
@.str.16 = private unnamed_addr constant [3 x i8] c"\\x\00", align 1
@.str.17 = private unnamed_addr constant [3 x i8] c"\\u\00", align 1
@.str.18 = private unnamed_addr constant [3 x i8] c"\\U\00", align 1
@.str.19 = private unnamed_addr constant [3 x i8] c": \00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"NAN\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"nan\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"INF\00", align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"inf\00", align 1
@.str.24 = private unnamed_addr constant [6 x i8] c"%#.*f\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"%.*f\00", align 1
@.str.26 = private unnamed_addr constant [30 x i8] c"%c arg not in range(0x110000)\00", align 1
@.str.27 = private unnamed_addr constant [17 x i8] c"0123456789ABCDEF\00", align 1
@.str.28 = private unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 1
@.str.29 = private unnamed_addr constant [3 x i8] c"0b\00", align 1
@.str.30 = private unnamed_addr constant [3 x i8] c"0o\00", align 1
@.str.31 = private unnamed_addr constant [3 x i8] c"0x\00", align 1
@.str.32 = private unnamed_addr constant [3 x i8] c"0X\00", align 1
@ember_buf_fmt_dyn.names = internal unnamed_addr constant [4 x i8*] [i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.33, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.34, i32 0, i32 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.35, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.36, i32 0, i32 0)], align 16
@.str.33 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.34 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.35 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.36 = private unnamed_addr constant [5 x i8] c"bool\00", align 1
@.str.37 = private unnamed_addr constant [5 x i8] c"<>=^\00", align 1
@.str.38 = private unnamed_addr constant [16 x i8] c"bcdeEfFgGnosxX%\00", align 1
@.str.39 = private unnamed_addr constant [35 x i8] c"Format specifier missing precision\00", align 1
@.str.40 = private unnamed_addr constant [56 x i8] c"Invalid format specifier '%.*s' for object of type '%s'\00", align 1
@.str.41 = private unnamed_addr constant [15 x i8] c"bcdoxXneEfFgG%\00", align 1
@.str.42 = private unnamed_addr constant [8 x i8] c"eEfFgG%\00", align 1
@.str.43 = private unnamed_addr constant [50 x i8] c"Precision not allowed in integer format specifier\00", align 1
@.str.44 = private unnamed_addr constant [9 x i8] c"eEfFgGn%\00", align 1
@.str.45 = private unnamed_addr constant [44 x i8] c"Sign not allowed in string format specifier\00", align 1
@.str.46 = private unnamed_addr constant [53 x i8] c"'=' alignment not allowed in string format specifier\00", align 1
@.str.47 = private unnamed_addr constant [30 x i8] c"Cannot specify '%c' with 's'.\00", align 1
@.str.48 = private unnamed_addr constant [49 x i8] c"Unknown format code '%c' for object of type '%s'\00", align 1
@.str.49 = private unnamed_addr constant [20 x i8] c"pop from empty list\00", align 1
@.str.50 = private unnamed_addr constant [23 x i8] c"pop index out of range\00", align 1
@.str.51 = private unnamed_addr constant [26 x i8] c"slice step cannot be zero\00", align 1
@.str.52 = private unnamed_addr constant [71 x i8] c"attempt to assign sequence of size %lld to extended slice of size %lld\00", align 1
@.str.53 = private unnamed_addr constant [30 x i8] c"list.remove(x): x not in list\00", align 1
@.str.54 = private unnamed_addr constant [31 x i8] c"pow() 3rd argument cannot be 0\00", align 1
@.str.55 = private unnamed_addr constant [45 x i8] c"base is not invertible for the given modulus\00", align 1
@.str.56 = private unnamed_addr constant [39 x i8] c"integer power with a negative exponent\00", align 1
@.str.57 = private unnamed_addr constant [17 x i8] c"integer overflow\00", align 1
@.str.58 = private unnamed_addr constant [44 x i8] c"factorial() not defined for negative values\00", align 1
@.str.59 = private unnamed_addr constant [37 x i8] c"isqrt() argument must be nonnegative\00", align 1
@.str.60 = private unnamed_addr constant [14 x i8] c"out of memory\00", align 1
@stdin = external local_unnamed_addr global %struct._IO_FILE*, align 8
@.str.61 = private unnamed_addr constant [24 x i8] c"EOF when reading a line\00", align 1
@.str.62 = private unnamed_addr constant [2 x i8] c"r\00", align 1
@.str.63 = private unnamed_addr constant [3 x i8] c"rt\00", align 1
@.str.64 = private unnamed_addr constant [2 x i8] c"w\00", align 1
@.str.65 = private unnamed_addr constant [3 x i8] c"wt\00", align 1
@.str.66 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.67 = private unnamed_addr constant [3 x i8] c"at\00", align 1
@.str.68 = private unnamed_addr constant [15 x i8] c"invalid mode: \00", align 1
@em_out_lock = internal global %struct.atomic_flag zeroinitializer, align 1
@em_out = internal global [65536 x i8] zeroinitializer, align 16
@em_out_len = internal unnamed_addr global i64 0, align 8
@em_fault_lock = internal global %struct.atomic_flag zeroinitializer, align 1
@.str.69 = private unnamed_addr constant [9 x i8] c":%d:%d: \00", align 1
@em_kind_names = internal unnamed_addr constant [18 x i8*] [i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.72, i32 0, i32 0), i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.73, i32 0, i32 0), i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.74, i32 0, i32 0), i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.75, i32 0, i32 0), i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.76, i32 0, i32 0), i8* getelementptr inbounds ([12 x i8], [12 x i8]* @.str.77, i32 0, i32 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.78, i32 0, i32 0), i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str.70, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.79, i32 0, i32 0), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.80, i32 0, i32 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.81, i32 0, i32 0), i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.82, i32 0, i32 0), i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.83, i32 0, i32 0), i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.84, i32 0, i32 0), i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.85, i32 0, i32 0), i8* getelementptr inbounds ([24 x i8], [24 x i8]* @.str.86, i32 0, i32 0), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.87, i32 0, i32 0), i8* getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i32 0, i32 0)], align 16
@.str.70 = private unnamed_addr constant [13 x i8] c"RuntimeError\00", align 1
@.str.71 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.72 = private unnamed_addr constant [11 x i8] c"IndexError\00", align 1
@.str.73 = private unnamed_addr constant [18 x i8] c"ZeroDivisionError\00", align 1
@.str.74 = private unnamed_addr constant [14 x i8] c"OverflowError\00", align 1
@.str.75 = private unnamed_addr constant [15 x i8] c"AssertionError\00", align 1
@.str.76 = private unnamed_addr constant [11 x i8] c"ValueError\00", align 1
@.str.77 = private unnamed_addr constant [12 x i8] c"MemoryError\00", align 1
@.str.78 = private unnamed_addr constant [9 x i8] c"KeyError\00", align 1
@.str.79 = private unnamed_addr constant [6 x i8] c"Error\00", align 1
@.str.80 = private unnamed_addr constant [10 x i8] c"Exception\00", align 1
@.str.81 = private unnamed_addr constant [9 x i8] c"EOFError\00", align 1
@.str.82 = private unnamed_addr constant [18 x i8] c"FileNotFoundError\00", align 1
@.str.83 = private unnamed_addr constant [16 x i8] c"PermissionError\00", align 1
@.str.84 = private unnamed_addr constant [18 x i8] c"IsADirectoryError\00", align 1
@.str.85 = private unnamed_addr constant [8 x i8] c"OSError\00", align 1
@.str.86 = private unnamed_addr constant [24 x i8] c"io.UnsupportedOperation\00", align 1
@.str.87 = private unnamed_addr constant [10 x i8] c"TypeError\00", align 1
@em_heap_advised = internal unnamed_addr global i64 0, align 8
@em_huge_wanted = internal unnamed_addr global i32 0, align 4
@.str.88 = private unnamed_addr constant [16 x i8] c"EMBER_HUGEPAGES\00", align 1
@.str.89 = private unnamed_addr constant [18 x i8] c"EMBER_NUM_THREADS\00", align 1
@.str.90 = private unnamed_addr constant [3 x i8] c"SS\00", align 1
@.str.91 = private unnamed_addr constant [4 x i8] c"\CA\BCN\00", align 1
@.str.92 = private unnamed_addr constant [4 x i8] c"i\CC\87\00", align 1
@is_digit_cp.zeros = internal unnamed_addr constant [19 x i32] [i32 1632, i32 1776, i32 1984, i32 2406, i32 2534, i32 2662, i32 2790, i32 2918, i32 3046, i32 3174, i32 3302, i32 3430, i32 3664, i32 3792, i32 3872, i32 4160, i32 6112, i32 6160, i32 65296], align 16
@.str.93 = private unnamed_addr constant [54 x i8] c"the fill character must be exactly one character long\00", align 1
@.str.94 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.95 = private unnamed_addr constant [40 x i8] c"int() base must be >= 2 and <= 36, or 0\00", align 1
@.str.96 = private unnamed_addr constant [41 x i8] c"invalid literal for int() with base %d: \00", align 1
@.str.97 = private unnamed_addr constant [34 x i8] c"int too large to convert to Int: \00", align 1
@.str.98 = private unnamed_addr constant [9 x i8] c"infinity\00", align 1
@.str.99 = private unnamed_addr constant [36 x i8] c"could not convert string to float: \00", align 1
@em_p10 = internal unnamed_addr constant [23 x double] [double 1.000000e+00, double 1.000000e+01, double 1.000000e+02, double 1.000000e+03, double 1.000000e+04, double 1.000000e+05, double 1.000000e+06, double 1.000000e+07, double 1.000000e+08, double 1.000000e+09, double 1.000000e+10, double 1.000000e+11, double 1.000000e+12, double 1.000000e+13, double 1.000000e+14, double 1.000000e+15, double 1.000000e+16, double 1.000000e+17, double 1.000000e+18, double 1.000000e+19, double 1.000000e+20, double 1.000000e+21, double 1.000000e+22], align 16
@.str.100 = private unnamed_addr constant [10 x i8] c"0.%.*se%d\00", align 1
@.str.101 = private unnamed_addr constant [5 x i8] c"%.*e\00", align 1
@.str.102 = private unnamed_addr constant [67 x i8] c"cannot resize an array lent to Ember (a NumPy array or a C buffer)\00", align 1
@.str.103 = private unnamed_addr constant [33 x i8] c"n must be a non-negative integer\00", align 1
@.str.104 = private unnamed_addr constant [33 x i8] c"k must be a non-negative integer\00", align 1
@.str.105 = private unnamed_addr constant [12 x i8] c"[Errno %d] \00", align 1
@.str.106 = private unnamed_addr constant [30 x i8] c"I/O operation on closed file.\00", align 1
@.str.107 = private unnamed_addr constant [13 x i8] c"not writable\00", align 1
@.str.108 = private unnamed_addr constant [13 x i8] c"not readable\00", align 1

; Function Attrs: nounwind
define void @ember_rt_init(i32 noundef %0, i8** noundef %1) local_unnamed_addr #0 {
  store i32 %0, i32* @em_argc, align 4, !tbaa !3
  store i8** %1, i8*** @em_argv, align 8, !tbaa !7
  %3 = tail call i32 @isatty(i32 noundef 1) #37
  store i32 %3, i32* @em_out_line, align 4, !tbaa !3
  %4 = icmp eq i8** %1, null
  br i1 %4, label %17, label %5

5:                                                ; preds = %2
  %6 = tail call i32 @mallopt(i32 noundef -3, i32 noundef 33554432) #37
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %5
  %9 = tail call i32 @mallopt(i32 noundef -2, i32 noundef 67108864) #37
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = tail call i32 @mallopt(i32 noundef -8, i32 noundef 1) #37
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %17, label %14

14:                                               ; preds = %11
  %15 = tail call i8* @sbrk(i64 noundef 0) #37
  %16 = ptrtoint i8* %15 to i64
  store atomic i64 %16, i64* @em_heap_advised seq_cst, align 8
  br label %17

17:                                               ; preds = %14, %11, %8, %5, %2
  ret void
}

; Function Attrs: nounwind
declare i32 @isatty(i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
define void @ember_rt_flush() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %3 = and i8 %2, 1
  %4 = icmp eq i8 %3, 0
  br i1 %4, label %5, label %1, !llvm.loop !9

5:                                                ; preds = %1
  %6 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %7

7:                                                ; preds = %11, %5
  %8 = phi i64 [ %6, %5 ], [ %15, %11 ]
  %9 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %5 ], [ %14, %11 ]
  %10 = icmp sgt i64 %8, 0
  br i1 %10, label %11, label %16

11:                                               ; preds = %7
  %12 = tail call i64 @write(i32 noundef 1, i8* noundef %9, i64 noundef %8) #37
  %13 = icmp sgt i64 %12, -1
  %14 = getelementptr inbounds i8, i8* %9, i64 %12
  %15 = sub nsw i64 %8, %12
  br i1 %13, label %7, label %16

16:                                               ; preds = %7, %11
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  ret void
}

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_argv() local_unnamed_addr #0 {
  %1 = load i32, i32* @em_argc, align 4, !tbaa !3
  %2 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %5

4:                                                ; preds = %0
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

5:                                                ; preds = %0
  %6 = bitcast i8* %2 to i64*
  store i64 0, i64* %6, align 8, !tbaa !13
  %7 = icmp sgt i32 %1, 0
  %8 = select i1 %7, i32 %1, i32 0
  %9 = zext i32 %8 to i64
  %10 = getelementptr inbounds i8, i8* %2, i64 8
  %11 = bitcast i8* %10 to i64*
  store i64 %9, i64* %11, align 8, !tbaa !15
  br i1 %7, label %15, label %12

12:                                               ; preds = %5
  %13 = getelementptr inbounds i8, i8* %2, i64 16
  %14 = bitcast i8* %13 to i8**
  store i8* null, i8** %14, align 8, !tbaa !16
  br label %27

15:                                               ; preds = %5
  %16 = shl nuw nsw i64 %9, 3
  %17 = tail call fastcc i8* @list_storage(i64 noundef %16) #37
  %18 = load i32, i32* @em_argc, align 4, !tbaa !3
  %19 = bitcast i8* %2 to %struct.EmList*
  %20 = getelementptr inbounds i8, i8* %2, i64 16
  %21 = bitcast i8* %20 to i8**
  store i8* %17, i8** %21, align 8, !tbaa !16
  %22 = icmp sgt i32 %18, 0
  br i1 %22, label %23, label %27

23:                                               ; preds = %15
  %24 = getelementptr inbounds %struct.EmList, %struct.EmList* %19, i64 0, i32 0
  %25 = getelementptr inbounds %struct.EmList, %struct.EmList* %19, i64 0, i32 1
  %26 = getelementptr inbounds %struct.EmList, %struct.EmList* %19, i64 0, i32 2
  br label %29

27:                                               ; preds = %65, %12, %15
  %28 = bitcast i8* %2 to %struct.EmList*
  ret %struct.EmList* %28

29:                                               ; preds = %23, %65
  %30 = phi i8* [ %17, %23 ], [ %66, %65 ]
  %31 = phi i64 [ 0, %23 ], [ %68, %65 ]
  %32 = phi i64 [ 0, %23 ], [ %72, %65 ]
  %33 = load i8**, i8*** @em_argv, align 8, !tbaa !7
  %34 = getelementptr inbounds i8*, i8** %33, i64 %32
  %35 = load i8*, i8** %34, align 8, !tbaa !7
  %36 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %35) #39
  %37 = add nsw i64 %36, 17
  %38 = icmp sgt i64 %36, -18
  br i1 %38, label %39, label %44

39:                                               ; preds = %29
  %40 = icmp eq i64 %37, 0
  %41 = select i1 %40, i64 1, i64 %37
  %42 = tail call noalias i8* @malloc(i64 noundef %41) #37
  %43 = icmp eq i8* %42, null
  br i1 %43, label %44, label %45

44:                                               ; preds = %39, %29
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

45:                                               ; preds = %39
  %46 = icmp ugt i64 %37, 4095
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call fastcc void @advise_big(i8* noundef nonnull %42, i64 noundef %37) #37
  br label %48

48:                                               ; preds = %45, %47
  %49 = bitcast i8* %42 to i64*
  store i64 %36, i64* %49, align 8, !tbaa !11
  %50 = getelementptr inbounds i8, i8* %42, i64 8
  %51 = bitcast i8* %50 to i64*
  store i64 0, i64* %51, align 8, !tbaa !11
  %52 = getelementptr inbounds i8, i8* %42, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %52, i8* align 1 %35, i64 %36, i1 false) #37
  %53 = getelementptr inbounds i8, i8* %52, i64 %36
  store i8 0, i8* %53, align 1, !tbaa !17
  %54 = load i64, i64* %25, align 8, !tbaa !15
  %55 = icmp slt i64 %31, %54
  br i1 %55, label %65, label %56

56:                                               ; preds = %48
  %57 = add nsw i64 %31, 1
  %58 = shl nsw i64 %54, 1
  %59 = icmp sgt i64 %58, 4
  %60 = select i1 %59, i64 %58, i64 4
  %61 = icmp slt i64 %60, %57
  %62 = select i1 %61, i64 %57, i64 %60
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %19, i64 noundef 8, i64 noundef %62) #37
  %63 = load i64, i64* %24, align 8, !tbaa !13
  %64 = load i8*, i8** %26, align 8, !tbaa !16
  br label %65

65:                                               ; preds = %48, %56
  %66 = phi i8* [ %64, %56 ], [ %30, %48 ]
  %67 = phi i64 [ %63, %56 ], [ %31, %48 ]
  %68 = add nsw i64 %67, 1
  store i64 %68, i64* %24, align 8, !tbaa !13
  %69 = shl nsw i64 %67, 3
  %70 = getelementptr inbounds i8, i8* %66, i64 %69
  %71 = bitcast i8* %70 to i8**
  store i8* %42, i8** %71, align 8, !tbaa !7
  %72 = add nuw nsw i64 %32, 1
  %73 = load i32, i32* @em_argc, align 4, !tbaa !3
  %74 = sext i32 %73 to i64
  %75 = icmp slt i64 %72, %74
  br i1 %75, label %29, label %27, !llvm.loop !18
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_list_new(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = bitcast i8* %3 to i64*
  store i64 0, i64* %7, align 8, !tbaa !13
  %8 = icmp sgt i64 %1, 0
  %9 = select i1 %8, i64 %1, i64 0
  %10 = getelementptr inbounds i8, i8* %3, i64 8
  %11 = bitcast i8* %10 to i64*
  store i64 %9, i64* %11, align 8, !tbaa !15
  br i1 %8, label %12, label %21

12:                                               ; preds = %6
  %13 = icmp sgt i64 %0, -1
  br i1 %13, label %14, label %17

14:                                               ; preds = %12
  %15 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %9, i64 %0) #37
  %16 = extractvalue { i64, i1 } %15, 1
  br i1 %16, label %17, label %18

17:                                               ; preds = %14, %12
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

18:                                               ; preds = %14
  %19 = extractvalue { i64, i1 } %15, 0
  %20 = tail call fastcc i8* @list_storage(i64 noundef %19)
  br label %21

21:                                               ; preds = %6, %18
  %22 = phi i8* [ %20, %18 ], [ null, %6 ]
  %23 = bitcast i8* %3 to %struct.EmList*
  %24 = getelementptr inbounds i8, i8* %3, i64 16
  %25 = bitcast i8* %24 to i8**
  store i8* %22, i8** %25, align 8, !tbaa !16
  ret %struct.EmList* %23
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_new(i8* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = add nsw i64 %1, 17
  %4 = icmp sgt i64 %1, -18
  br i1 %4, label %5, label %10

5:                                                ; preds = %2
  %6 = icmp eq i64 %3, 0
  %7 = select i1 %6, i64 1, i64 %3
  %8 = tail call noalias i8* @malloc(i64 noundef %7) #37
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %5, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

11:                                               ; preds = %5
  %12 = icmp ugt i64 %3, 4095
  br i1 %12, label %13, label %14

13:                                               ; preds = %11
  tail call fastcc void @advise_big(i8* noundef nonnull %8, i64 noundef %3) #37
  br label %14

14:                                               ; preds = %11, %13
  %15 = bitcast i8* %8 to %struct.EmStr*
  %16 = bitcast i8* %8 to i64*
  store i64 %1, i64* %16, align 8, !tbaa !11
  %17 = getelementptr inbounds i8, i8* %8, i64 8
  %18 = bitcast i8* %17 to i64*
  store i64 0, i64* %18, align 8, !tbaa !11
  %19 = getelementptr inbounds i8, i8* %8, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %19, i8* align 1 %0, i64 %1, i1 false)
  %20 = getelementptr inbounds i8, i8* %19, i64 %1
  store i8 0, i8* %20, align 1, !tbaa !17
  ret %struct.EmStr* %15
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i64 @strlen(i8* nocapture noundef) local_unnamed_addr #4

; Function Attrs: nounwind
define i8* @ember_list_push(%struct.EmList* nocapture noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !13
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !15
  %7 = icmp slt i64 %4, %6
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = add nsw i64 %4, 1
  %10 = shl nsw i64 %6, 1
  %11 = icmp sgt i64 %10, 4
  %12 = select i1 %11, i64 %10, i64 4
  %13 = icmp slt i64 %12, %9
  %14 = select i1 %13, i64 %9, i64 %12
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %1, i64 noundef %14) #37
  %15 = load i64, i64* %3, align 8, !tbaa !13
  br label %16

16:                                               ; preds = %8, %2
  %17 = phi i64 [ %15, %8 ], [ %4, %2 ]
  %18 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %19 = load i8*, i8** %18, align 8, !tbaa !16
  %20 = add nsw i64 %17, 1
  store i64 %20, i64* %3, align 8, !tbaa !13
  %21 = mul nsw i64 %17, %1
  %22 = getelementptr inbounds i8, i8* %19, i64 %21
  ret i8* %22
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: nounwind
define double @ember_perf_counter() local_unnamed_addr #0 {
  %1 = alloca %struct.timespec, align 8
  %2 = bitcast %struct.timespec* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %2) #37
  %3 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %1) #37
  %4 = getelementptr inbounds %struct.timespec, %struct.timespec* %1, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !19
  %6 = sitofp i64 %5 to double
  %7 = getelementptr inbounds %struct.timespec, %struct.timespec* %1, i64 0, i32 1
  %8 = load i64, i64* %7, align 8, !tbaa !21
  %9 = sitofp i64 %8 to double
  %10 = call double @llvm.fmuladd.f64(double %9, double 1.000000e-09, double %6)
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %2) #37
  ret double %10
}

; Function Attrs: nounwind
declare i32 @clock_gettime(i32 noundef, %struct.timespec* noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: noreturn nounwind
define void @ember_fault(i32 noundef %0, i8* noundef readonly %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #6 {
  %6 = icmp eq i8* %1, null
  br i1 %6, label %9, label %7

7:                                                ; preds = %5
  %8 = tail call i64 @strlen(i8* noundef nonnull %1) #39
  br label %9

9:                                                ; preds = %5, %7
  %10 = phi i64 [ %8, %7 ], [ 0, %5 ]
  tail call fastcc void @fault_n(i32 noundef %0, i8* noundef %1, i64 noundef %10, i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable
}

; Function Attrs: noreturn nounwind
define internal fastcc void @fault_n(i32 noundef %0, i8* nocapture noundef readonly %1, i64 noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) unnamed_addr #6 {
  %7 = alloca [64 x i8], align 16
  %8 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  %9 = icmp ne i32 %8, 2
  %10 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8
  %11 = icmp slt i32 %10, 2
  %12 = select i1 %9, i1 true, i1 %11
  br i1 %12, label %37, label %13

13:                                               ; preds = %6
  %14 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %15 = tail call i8* @pthread_getspecific(i32 noundef %14) #37
  %16 = icmp eq i8* %15, null
  br i1 %16, label %37, label %17

17:                                               ; preds = %13, %17
  %18 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0), i8 1 acquire, align 1
  %19 = and i8 %18, 1
  %20 = icmp eq i8 %19, 0
  br i1 %20, label %21, label %17, !llvm.loop !26

21:                                               ; preds = %17
  %22 = getelementptr inbounds i8, i8* %15, i64 512
  %23 = bitcast i8* %22 to i64*
  %24 = load i64, i64* %23, align 16, !tbaa !27
  %25 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  %26 = icmp slt i64 %24, %25
  br i1 %26, label %27, label %35

27:                                               ; preds = %21
  store i32 %0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 0), align 16, !tbaa !29
  store i8* %3, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 3), align 32, !tbaa !30
  store i32 %4, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 1), align 4, !tbaa !31
  store i32 %5, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 2), align 8, !tbaa !32
  %28 = icmp slt i64 %2, 1024
  %29 = select i1 %28, i64 %2, i64 1024
  store i64 %29, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 4), align 8, !tbaa !33
  %30 = icmp sgt i64 %2, 0
  br i1 %30, label %31, label %33

31:                                               ; preds = %27
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 5, i64 0), i8* align 1 %1, i64 %29, i1 false) #37
  %32 = load i64, i64* %23, align 16, !tbaa !27
  br label %33

33:                                               ; preds = %31, %27
  %34 = phi i64 [ %32, %31 ], [ %24, %27 ]
  store atomic i64 %34, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  br label %35

35:                                               ; preds = %33, %21
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0) release, align 8
  %36 = bitcast i8* %15 to %struct.__jmp_buf_tag*
  tail call void @longjmp(%struct.__jmp_buf_tag* noundef nonnull %36, i32 noundef 1) #38
  unreachable

37:                                               ; preds = %6, %13
  %38 = load i32, i32* @em_guard_ok, align 4, !tbaa !3
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %44, label %40

40:                                               ; preds = %37
  %41 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %42 = tail call i8* @pthread_getspecific(i32 noundef %41) #37
  %43 = icmp eq i8* %42, null
  br i1 %43, label %44, label %45

44:                                               ; preds = %37, %40
  br label %61

45:                                               ; preds = %40
  tail call void @ember_rt_flush() #37
  %46 = getelementptr inbounds i8, i8* %42, i64 512
  %47 = bitcast i8* %46 to %struct.EmFaultInfo**
  %48 = load %struct.EmFaultInfo*, %struct.EmFaultInfo** %47, align 16, !tbaa !34
  %49 = getelementptr inbounds %struct.EmFaultInfo, %struct.EmFaultInfo* %48, i64 0, i32 0
  store i32 %0, i32* %49, align 8, !tbaa !36
  %50 = getelementptr inbounds %struct.EmFaultInfo, %struct.EmFaultInfo* %48, i64 0, i32 1
  store i32 %4, i32* %50, align 4, !tbaa !38
  %51 = getelementptr inbounds %struct.EmFaultInfo, %struct.EmFaultInfo* %48, i64 0, i32 2
  store i32 %5, i32* %51, align 8, !tbaa !39
  %52 = getelementptr inbounds %struct.EmFaultInfo, %struct.EmFaultInfo* %48, i64 0, i32 3
  store i8* %3, i8** %52, align 8, !tbaa !40
  %53 = icmp slt i64 %2, 1024
  %54 = select i1 %53, i64 %2, i64 1024
  %55 = getelementptr inbounds %struct.EmFaultInfo, %struct.EmFaultInfo* %48, i64 0, i32 4
  store i64 %54, i64* %55, align 8, !tbaa !41
  %56 = icmp sgt i64 %2, 0
  br i1 %56, label %57, label %59

57:                                               ; preds = %45
  %58 = getelementptr inbounds %struct.EmFaultInfo, %struct.EmFaultInfo* %48, i64 0, i32 5, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %58, i8* align 1 %1, i64 %54, i1 false) #37
  br label %59

59:                                               ; preds = %57, %45
  %60 = bitcast i8* %42 to %struct.__jmp_buf_tag*
  tail call void @longjmp(%struct.__jmp_buf_tag* noundef nonnull %60, i32 noundef 1) #38
  unreachable

61:                                               ; preds = %44, %61
  %62 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %63 = and i8 %62, 1
  %64 = icmp eq i8 %63, 0
  br i1 %64, label %65, label %61, !llvm.loop !9

65:                                               ; preds = %61
  %66 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %67

67:                                               ; preds = %71, %65
  %68 = phi i64 [ %66, %65 ], [ %75, %71 ]
  %69 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %65 ], [ %74, %71 ]
  %70 = icmp sgt i64 %68, 0
  br i1 %70, label %71, label %76

71:                                               ; preds = %67
  %72 = tail call i64 @write(i32 noundef 1, i8* noundef %69, i64 noundef %68) #37
  %73 = icmp sgt i64 %72, -1
  %74 = getelementptr inbounds i8, i8* %69, i64 %72
  %75 = sub nsw i64 %68, %72
  br i1 %73, label %67, label %76

76:                                               ; preds = %71, %67
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  br label %77

77:                                               ; preds = %77, %76
  %78 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_fault_lock, i64 0, i32 0), i8 1 seq_cst, align 1
  %79 = and i8 %78, 1
  %80 = icmp eq i8 %79, 0
  br i1 %80, label %81, label %77, !llvm.loop !42

81:                                               ; preds = %77
  %82 = getelementptr inbounds [64 x i8], [64 x i8]* %7, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %82) #37
  %83 = icmp eq i8* %3, null
  br i1 %83, label %107, label %84

84:                                               ; preds = %81
  %85 = tail call i64 @strlen(i8* noundef nonnull %3) #39
  br label %86

86:                                               ; preds = %90, %84
  %87 = phi i64 [ %85, %84 ], [ %94, %90 ]
  %88 = phi i8* [ %3, %84 ], [ %93, %90 ]
  %89 = icmp sgt i64 %87, 0
  br i1 %89, label %90, label %95

90:                                               ; preds = %86
  %91 = tail call i64 @write(i32 noundef 2, i8* noundef %88, i64 noundef %87) #37
  %92 = icmp sgt i64 %91, -1
  %93 = getelementptr inbounds i8, i8* %88, i64 %91
  %94 = sub nsw i64 %87, %91
  br i1 %92, label %86, label %95

95:                                               ; preds = %90, %86
  %96 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %82, i64 noundef 64, i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.69, i64 0, i64 0), i32 noundef %4, i32 noundef %5) #37
  %97 = sext i32 %96 to i64
  br label %98

98:                                               ; preds = %102, %95
  %99 = phi i64 [ %97, %95 ], [ %106, %102 ]
  %100 = phi i8* [ %82, %95 ], [ %105, %102 ]
  %101 = icmp sgt i64 %99, 0
  br i1 %101, label %102, label %107

102:                                              ; preds = %98
  %103 = call i64 @write(i32 noundef 2, i8* noundef %100, i64 noundef %99) #37
  %104 = icmp sgt i64 %103, -1
  %105 = getelementptr inbounds i8, i8* %100, i64 %103
  %106 = sub nsw i64 %99, %103
  br i1 %104, label %98, label %107

107:                                              ; preds = %102, %98, %81
  %108 = icmp ult i32 %0, 18
  br i1 %108, label %109, label %113

109:                                              ; preds = %107
  %110 = zext i32 %0 to i64
  %111 = getelementptr inbounds [18 x i8*], [18 x i8*]* @em_kind_names, i64 0, i64 %110
  %112 = load i8*, i8** %111, align 8, !tbaa !7
  br label %113

113:                                              ; preds = %109, %107
  %114 = phi i8* [ %112, %109 ], [ getelementptr inbounds ([13 x i8], [13 x i8]* @.str.70, i64 0, i64 0), %107 ]
  %115 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %114) #39
  br label %116

116:                                              ; preds = %120, %113
  %117 = phi i64 [ %115, %113 ], [ %124, %120 ]
  %118 = phi i8* [ %114, %113 ], [ %123, %120 ]
  %119 = icmp sgt i64 %117, 0
  br i1 %119, label %120, label %125

120:                                              ; preds = %116
  %121 = tail call i64 @write(i32 noundef 2, i8* noundef %118, i64 noundef %117) #37
  %122 = icmp sgt i64 %121, -1
  %123 = getelementptr inbounds i8, i8* %118, i64 %121
  %124 = sub nsw i64 %117, %121
  br i1 %122, label %116, label %125

125:                                              ; preds = %120, %116
  %126 = icmp sgt i64 %2, 0
  br i1 %126, label %127, label %149

127:                                              ; preds = %125
  %128 = load i8, i8* %114, align 1, !tbaa !17
  %129 = icmp eq i8 %128, 0
  br i1 %129, label %139, label %130

130:                                              ; preds = %127, %134
  %131 = phi i64 [ %138, %134 ], [ 2, %127 ]
  %132 = phi i8* [ %137, %134 ], [ getelementptr inbounds ([3 x i8], [3 x i8]* @.str.19, i64 0, i64 0), %127 ]
  %133 = icmp sgt i64 %131, 0
  br i1 %133, label %134, label %139

134:                                              ; preds = %130
  %135 = tail call i64 @write(i32 noundef 2, i8* noundef %132, i64 noundef %131) #37
  %136 = icmp sgt i64 %135, -1
  %137 = getelementptr inbounds i8, i8* %132, i64 %135
  %138 = sub nsw i64 %131, %135
  br i1 %136, label %130, label %139

139:                                              ; preds = %134, %130, %127
  br label %140

140:                                              ; preds = %139, %144
  %141 = phi i64 [ %148, %144 ], [ %2, %139 ]
  %142 = phi i8* [ %147, %144 ], [ %1, %139 ]
  %143 = icmp sgt i64 %141, 0
  br i1 %143, label %144, label %149

144:                                              ; preds = %140
  %145 = tail call i64 @write(i32 noundef 2, i8* noundef %142, i64 noundef %141) #37
  %146 = icmp sgt i64 %145, -1
  %147 = getelementptr inbounds i8, i8* %142, i64 %145
  %148 = sub nsw i64 %141, %145
  br i1 %146, label %140, label %149

149:                                              ; preds = %144, %140, %125
  tail call fastcc void @write_all(i32 noundef 2, i8* noundef getelementptr inbounds ([2 x i8], [2 x i8]* @.str.71, i64 0, i64 0), i64 noundef 1) #37
  tail call void @exit(i32 noundef 1) #38
  unreachable
}

; Function Attrs: noreturn nounwind
define void @ember_fault_buf(i32 noundef %0, %struct.EmBuf* nocapture noundef readonly %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #6 {
  %6 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %1, i64 0, i32 0
  %7 = load i8*, i8** %6, align 8, !tbaa !43
  %8 = getelementptr inbounds i8, i8* %7, i64 16
  %9 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %1, i64 0, i32 1
  %10 = load i64, i64* %9, align 8, !tbaa !45
  tail call fastcc void @fault_n(i32 noundef %0, i8* noundef nonnull %8, i64 noundef %10, i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable
}

; Function Attrs: nounwind
define void @ember_unpack_check(i64 noundef %0, i64 noundef %1, i32 noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = alloca [128 x i8], align 16
  %8 = icmp eq i32 %2, 0
  br i1 %8, label %11, label %9

9:                                                ; preds = %6
  %10 = icmp slt i64 %0, %1
  br i1 %10, label %14, label %13

11:                                               ; preds = %6
  %12 = icmp eq i64 %0, %1
  br i1 %12, label %13, label %14

13:                                               ; preds = %11, %9
  ret void

14:                                               ; preds = %11, %9
  %15 = getelementptr inbounds [128 x i8], [128 x i8]* %7, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %15) #37
  %16 = icmp slt i64 %0, %1
  br i1 %16, label %17, label %20

17:                                               ; preds = %14
  %18 = select i1 %8, i8* getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.1, i64 0, i64 0)
  %19 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %15, i64 noundef 128, i8* noundef getelementptr inbounds ([56 x i8], [56 x i8]* @.str, i64 0, i64 0), i8* noundef %18, i64 noundef %1, i64 noundef %0) #37
  br label %22

20:                                               ; preds = %14
  %21 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %15, i64 noundef 128, i8* noundef getelementptr inbounds ([42 x i8], [42 x i8]* @.str.3, i64 0, i64 0), i64 noundef %1) #37
  br label %22

22:                                               ; preds = %20, %17
  call void @ember_fault(i32 noundef 4, i8* noundef nonnull %15, i8* noundef %3, i32 noundef %4, i32 noundef %5) #40
  unreachable
}

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(i8* noalias nocapture noundef writeonly, i64 noundef, i8* nocapture noundef readonly, ...) local_unnamed_addr #7

; Function Attrs: noreturn nounwind
define void @ember_fault_index(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #6 {
  %6 = alloca [96 x i8], align 16
  %7 = getelementptr inbounds [96 x i8], [96 x i8]* %6, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 96, i8* nonnull %7) #37
  %8 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %7, i64 noundef 96, i8* noundef getelementptr inbounds ([45 x i8], [45 x i8]* @.str.4, i64 0, i64 0), i64 noundef %0, i64 noundef %1) #37
  call void @ember_fault(i32 noundef 0, i8* noundef nonnull %7, i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable
}

; Function Attrs: nounwind
define i8* @ember_alloc(i64 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i64 %0, -1
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = icmp eq i64 %0, 0
  %5 = select i1 %4, i64 1, i64 %0
  %6 = tail call noalias i8* @malloc(i64 noundef %5) #37
  %7 = icmp eq i8* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %1, %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

9:                                                ; preds = %3
  %10 = icmp ugt i64 %0, 4095
  br i1 %10, label %11, label %12

11:                                               ; preds = %9
  tail call fastcc void @advise_big(i8* noundef nonnull %6, i64 noundef %0) #37
  br label %12

12:                                               ; preds = %9, %11
  ret i8* %6
}

; Function Attrs: inaccessiblememonly mustprogress nofree nounwind willreturn
declare noalias noundef i8* @malloc(i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind willreturn
define void @ember_free(i8* nocapture noundef %0) local_unnamed_addr #9 {
  tail call void @free(i8* noundef %0) #37
  ret void
}

; Function Attrs: inaccessiblemem_or_argmemonly mustprogress nounwind willreturn
declare void @free(i8* nocapture noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone willreturn
define i64 @ember_par_chunks(i64 noundef %0) local_unnamed_addr #11 {
  %2 = icmp ult i64 %0, 1024
  %3 = select i1 %2, i64 %0, i64 1024
  %4 = icmp sgt i64 %0, 0
  %5 = select i1 %4, i64 %3, i64 0
  ret i64 %5
}

; Function Attrs: nounwind
define void @ember_par_raised(i8* noundef readnone %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  %4 = icmp ne i32 %3, 2
  %5 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8
  %6 = icmp slt i32 %5, 2
  %7 = select i1 %4, i1 true, i1 %6
  br i1 %7, label %24, label %8

8:                                                ; preds = %2
  %9 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %10 = tail call i8* @pthread_getspecific(i32 noundef %9) #37
  %11 = icmp ne i8* %10, null
  %12 = load i8*, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16
  %13 = icmp eq i8* %12, %0
  %14 = select i1 %11, i1 %13, i1 false
  br i1 %14, label %15, label %24

15:                                               ; preds = %8, %15
  %16 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0), i8 1 acquire, align 1
  %17 = and i8 %16, 1
  %18 = icmp eq i8 %17, 0
  br i1 %18, label %19, label %15, !llvm.loop !46

19:                                               ; preds = %15
  %20 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  %21 = icmp sgt i64 %20, %1
  br i1 %21, label %22, label %23

22:                                               ; preds = %19
  store i32 -1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 0), align 16, !tbaa !47
  store atomic i64 %1, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  br label %23

23:                                               ; preds = %22, %19
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0) release, align 8
  br label %24

24:                                               ; preds = %2, %8, %23
  ret void
}

; Function Attrs: nounwind
declare i8* @pthread_getspecific(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define void @ember_par_run(void (i8*, i64, i64, i64)* noundef %0, i8* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.timespec, align 8
  %5 = alloca %struct.timespec, align 8
  %6 = alloca %struct.EmFaultRec, align 8
  %7 = alloca i8*, align 8
  %8 = alloca [16 x i64], align 16
  %9 = alloca %struct.__sigset_t, align 8
  %10 = alloca %struct.__sigset_t, align 8
  %11 = icmp ult i64 %2, 1024
  %12 = select i1 %11, i64 %2, i64 1024
  %13 = icmp sgt i64 %2, 0
  %14 = select i1 %13, i64 %12, i64 0
  %15 = icmp ugt i64 %14, 1
  br i1 %15, label %16, label %284

16:                                               ; preds = %3
  %17 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) acquire, align 64
  %18 = icmp ne i32 %17, 2
  %19 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %18, i1 true, i1 %20
  br i1 %21, label %28, label %22

22:                                               ; preds = %16
  %23 = icmp sgt i32 %19, 1
  br i1 %23, label %24, label %286

24:                                               ; preds = %22
  %25 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  %26 = tail call i32 @getpid() #37
  %27 = icmp eq i32 %25, %26
  br i1 %27, label %176, label %28

28:                                               ; preds = %24, %16
  br label %29

29:                                               ; preds = %28, %38
  %30 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  switch i32 %30, label %35 [
    i32 2, label %31
    i32 1, label %38
  ]

31:                                               ; preds = %29
  %32 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  %33 = tail call i32 @getpid() #37
  %34 = icmp eq i32 %32, %33
  br i1 %34, label %173, label %35

35:                                               ; preds = %31, %29
  %36 = cmpxchg i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0), i32 %30, i32 1 seq_cst seq_cst, align 4
  %37 = extractvalue { i32, i1 } %36, 1
  br i1 %37, label %40, label %38

38:                                               ; preds = %35, %29
  %39 = tail call i32 @sched_yield() #37
  br label %29

40:                                               ; preds = %35
  %41 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %42 = icmp sgt i32 %41, 1
  br i1 %42, label %43, label %47

43:                                               ; preds = %40
  %44 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %45 = tail call i32 @pthread_key_delete(i32 noundef %44) #37
  %46 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  tail call void @free(i8* noundef %46) #37
  br label %47

47:                                               ; preds = %43, %40
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  store i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  store i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  store atomic i64 0, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10) seq_cst, align 16
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) seq_cst, align 4
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0) seq_cst, align 8
  %48 = bitcast [16 x i64]* %8 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %48) #37
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(128) %48, i8 0, i64 128, i1 false) #37
  %49 = call i32 @sched_getaffinity(i32 noundef 0, i64 noundef 128, i8* noundef nonnull %48) #37
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %51, label %96

51:                                               ; preds = %47
  %52 = bitcast [16 x i64]* %8 to <2 x i64>*
  %53 = load <2 x i64>, <2 x i64>* %52, align 16, !tbaa !11
  %54 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %53)
  %55 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 2
  %56 = bitcast i64* %55 to <2 x i64>*
  %57 = load <2 x i64>, <2 x i64>* %56, align 16, !tbaa !11
  %58 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %57)
  %59 = add nuw nsw <2 x i64> %58, %54
  %60 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 4
  %61 = bitcast i64* %60 to <2 x i64>*
  %62 = load <2 x i64>, <2 x i64>* %61, align 16, !tbaa !11
  %63 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %62)
  %64 = add nuw nsw <2 x i64> %63, %59
  %65 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 6
  %66 = bitcast i64* %65 to <2 x i64>*
  %67 = load <2 x i64>, <2 x i64>* %66, align 16, !tbaa !11
  %68 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %67)
  %69 = add nuw nsw <2 x i64> %68, %64
  %70 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 8
  %71 = bitcast i64* %70 to <2 x i64>*
  %72 = load <2 x i64>, <2 x i64>* %71, align 16, !tbaa !11
  %73 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %72)
  %74 = add nuw nsw <2 x i64> %73, %69
  %75 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 10
  %76 = bitcast i64* %75 to <2 x i64>*
  %77 = load <2 x i64>, <2 x i64>* %76, align 16, !tbaa !11
  %78 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %77)
  %79 = add nuw nsw <2 x i64> %78, %74
  %80 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 12
  %81 = bitcast i64* %80 to <2 x i64>*
  %82 = load <2 x i64>, <2 x i64>* %81, align 16, !tbaa !11
  %83 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %82)
  %84 = add nuw nsw <2 x i64> %83, %79
  %85 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 14
  %86 = bitcast i64* %85 to <2 x i64>*
  %87 = load <2 x i64>, <2 x i64>* %86, align 16, !tbaa !11
  %88 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %87)
  %89 = add <2 x i64> %88, %84
  %90 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %89)
  %91 = icmp eq i64 %90, 0
  br i1 %91, label %96, label %92

92:                                               ; preds = %51
  %93 = icmp ult i64 %90, 1024
  %94 = select i1 %93, i64 %90, i64 1024
  %95 = trunc i64 %94 to i32
  br label %103

96:                                               ; preds = %51, %47
  %97 = call i64 @sysconf(i32 noundef 84) #37
  %98 = icmp sgt i64 %97, 0
  br i1 %98, label %99, label %103

99:                                               ; preds = %96
  %100 = icmp ult i64 %97, 1024
  %101 = select i1 %100, i64 %97, i64 1024
  %102 = trunc i64 %101 to i32
  br label %103

103:                                              ; preds = %99, %96, %92
  %104 = phi i32 [ %95, %92 ], [ %102, %99 ], [ 1, %96 ]
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %48) #37
  %105 = call i8* @getenv(i8* noundef getelementptr inbounds ([18 x i8], [18 x i8]* @.str.89, i64 0, i64 0)) #37
  %106 = icmp eq i8* %105, null
  br i1 %106, label %122, label %107

107:                                              ; preds = %103
  %108 = bitcast i8** %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %108) #37
  %109 = call i64 @strtol(i8* noundef nonnull %105, i8** noundef nonnull %7, i32 noundef 10) #37
  %110 = load i8*, i8** %7, align 8, !tbaa !7
  %111 = icmp eq i8* %110, %105
  br i1 %111, label %117, label %112

112:                                              ; preds = %107
  %113 = load i8, i8* %110, align 1, !tbaa !17
  %114 = icmp eq i8 %113, 0
  %115 = icmp sgt i64 %109, 0
  %116 = select i1 %114, i1 %115, i1 false
  br i1 %116, label %118, label %117

117:                                              ; preds = %112, %107
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %108) #37
  br label %122

118:                                              ; preds = %112
  %119 = icmp ult i64 %109, 1024
  %120 = select i1 %119, i64 %109, i64 1024
  %121 = trunc i64 %120 to i32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %108) #37
  br label %122

122:                                              ; preds = %118, %117, %103
  %123 = phi i32 [ %121, %118 ], [ %104, %117 ], [ %104, %103 ]
  %124 = icmp ugt i32 %123, %104
  %125 = select i1 %124, i64 0, i64 100000
  store i64 %125, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %126 = icmp ugt i32 %123, 1
  br i1 %126, label %127, label %171

127:                                              ; preds = %122
  %128 = call i32 @pthread_key_create(i32* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), void (i8*)* noundef null) #37
  %129 = icmp eq i32 %128, 0
  br i1 %129, label %130, label %171

130:                                              ; preds = %127
  %131 = call i32 @pthread_mutex_init(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0), %union.pthread_mutexattr_t* noundef null) #37
  %132 = call i32 @pthread_cond_init(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0), %union.pthread_condattr_t* noundef null) #37
  %133 = call i32 @pthread_cond_init(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0), %union.pthread_condattr_t* noundef null) #37
  %134 = add nsw i32 %123, -1
  %135 = zext i32 %134 to i64
  %136 = shl nuw nsw i64 %135, 3
  %137 = call noalias i8* @malloc(i64 noundef %136) #37
  store i8* %137, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  %138 = icmp eq i8* %137, null
  br i1 %138, label %159, label %139

139:                                              ; preds = %130
  %140 = bitcast %struct.__sigset_t* %9 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %140) #37
  %141 = bitcast %struct.__sigset_t* %10 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %141) #37
  %142 = call i32 @sigfillset(%struct.__sigset_t* noundef nonnull %9) #37
  %143 = call i32 @pthread_sigmask(i32 noundef 2, %struct.__sigset_t* noundef nonnull %9, %struct.__sigset_t* noundef nonnull %10) #37
  %144 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %145 = icmp slt i32 %144, %134
  br i1 %145, label %146, label %157

146:                                              ; preds = %139, %153
  %147 = phi i32 [ %155, %153 ], [ %144, %139 ]
  %148 = load i64*, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %149 = sext i32 %147 to i64
  %150 = getelementptr inbounds i64, i64* %148, i64 %149
  %151 = call i32 @pthread_create(i64* noundef %150, %union.pthread_attr_t* noundef null, i8* (i8*)* noundef nonnull @pool_worker, i8* noundef null) #37
  %152 = icmp eq i32 %151, 0
  br i1 %152, label %153, label %157

153:                                              ; preds = %146
  %154 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %155 = add nsw i32 %154, 1
  store i32 %155, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %156 = icmp slt i32 %155, %134
  br i1 %156, label %146, label %157, !llvm.loop !53

157:                                              ; preds = %153, %146, %139
  %158 = call i32 @pthread_sigmask(i32 noundef 2, %struct.__sigset_t* noundef nonnull %10, %struct.__sigset_t* noundef null) #37
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %141) #37
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %140) #37
  br label %159

159:                                              ; preds = %157, %130
  %160 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %161 = icmp sgt i32 %160, 0
  br i1 %161, label %162, label %164

162:                                              ; preds = %159
  %163 = add nuw nsw i32 %160, 1
  store i32 %163, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  store atomic i64 ptrtoint (void ()* @pool_stop to i64), i64* bitcast (void ()** @em_pool_stop to i64*) seq_cst, align 8
  br label %171

164:                                              ; preds = %159
  %165 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  call void @free(i8* noundef %165) #37
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %166 = call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #37
  %167 = call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #37
  %168 = call i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %169 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %170 = call i32 @pthread_key_delete(i32 noundef %169) #37
  br label %171

171:                                              ; preds = %164, %162, %127, %122
  %172 = call i32 @getpid() #37
  store i32 %172, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  store atomic i32 2, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  br label %173

173:                                              ; preds = %31, %171
  %174 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %175 = icmp sgt i32 %174, 1
  br i1 %175, label %176, label %284

176:                                              ; preds = %173, %24
  %177 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %178 = call i8* @pthread_getspecific(i32 noundef %177) #37
  %179 = icmp eq i8* %178, null
  br i1 %179, label %180, label %284

180:                                              ; preds = %176
  %181 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %182 = and i8 %181, 1
  %183 = icmp eq i8 %182, 0
  br i1 %183, label %184, label %284

184:                                              ; preds = %180
  %185 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  %186 = icmp eq i32 %185, 2
  br i1 %186, label %187, label %283

187:                                              ; preds = %184
  store void (i8*, i64, i64, i64)* %0, void (i8*, i64, i64, i64)** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 15), align 8, !tbaa !54
  store i8* %1, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16, !tbaa !55
  store i64 %2, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 17), align 8, !tbaa !56
  store i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 18), align 32, !tbaa !57
  store atomic i64 9223372036854775807, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  store atomic i64 0, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) monotonic, align 64
  %188 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 14), align 64, !tbaa !58
  %189 = add i32 %188, 1
  store i32 %189, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 14), align 64, !tbaa !58
  %190 = zext i32 %189 to i64
  %191 = shl nuw i64 %190, 32
  %192 = shl nuw nsw i64 %14, 16
  %193 = or i64 %191, %192
  store atomic i64 %193, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  %194 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10) seq_cst, align 16
  %195 = icmp eq i32 %194, 0
  br i1 %195, label %200, label %196

196:                                              ; preds = %187
  %197 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %198 = call i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #37
  %199 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br label %200

200:                                              ; preds = %196, %187
  br label %201

201:                                              ; preds = %200, %221
  %202 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) acquire, align 64
  br label %203

203:                                              ; preds = %209, %201
  %204 = phi i64 [ %202, %201 ], [ %220, %209 ]
  %205 = and i64 %204, 65535
  %206 = lshr i64 %204, 16
  %207 = and i64 %206, 65535
  %208 = icmp ugt i64 %207, %205
  br i1 %208, label %209, label %222

209:                                              ; preds = %203
  %210 = sub nsw i64 %207, %205
  %211 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %212 = sext i32 %211 to i64
  %213 = shl nsw i64 %212, 1
  %214 = sdiv i64 %210, %213
  %215 = icmp sgt i64 %214, 1
  %216 = select i1 %215, i64 %214, i64 1
  %217 = add i64 %216, %204
  %218 = cmpxchg weak i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20), i64 %204, i64 %217 acq_rel acquire, align 8
  %219 = extractvalue { i64, i1 } %218, 1
  %220 = extractvalue { i64, i1 } %218, 0
  br i1 %219, label %221, label %203, !llvm.loop !59

221:                                              ; preds = %209
  call fastcc void @pool_run_claimed(i64 noundef %204, i64 noundef %216) #37
  br label %201, !llvm.loop !60

222:                                              ; preds = %203
  %223 = bitcast %struct.timespec* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %223) #37
  %224 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %5) #37
  %225 = getelementptr inbounds %struct.timespec, %struct.timespec* %5, i64 0, i32 0
  %226 = load i64, i64* %225, align 8, !tbaa !19
  %227 = getelementptr inbounds %struct.timespec, %struct.timespec* %5, i64 0, i32 1
  %228 = load i64, i64* %227, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %223) #37
  %229 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %230 = icmp slt i64 %229, %14
  br i1 %230, label %231, label %263

231:                                              ; preds = %222
  %232 = bitcast %struct.timespec* %4 to i8*
  %233 = getelementptr inbounds %struct.timespec, %struct.timespec* %4, i64 0, i32 0
  %234 = getelementptr inbounds %struct.timespec, %struct.timespec* %4, i64 0, i32 1
  br label %235

235:                                              ; preds = %259, %231
  %236 = phi i32 [ 1, %231 ], [ %260, %259 ]
  %237 = and i32 %236, 255
  %238 = icmp eq i32 %237, 0
  br i1 %238, label %239, label %259

239:                                              ; preds = %235
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %232) #37
  %240 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %4) #37
  %241 = load i64, i64* %233, align 8, !tbaa !19
  %242 = load i64, i64* %234, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %232) #37
  %243 = sub i64 %241, %226
  %244 = mul i64 %243, 1000000000
  %245 = sub i64 %242, %228
  %246 = add i64 %245, %244
  %247 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %248 = icmp sgt i64 %246, %247
  br i1 %248, label %249, label %259

249:                                              ; preds = %239
  store atomic i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  %250 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %251 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %252 = icmp slt i64 %251, %14
  br i1 %252, label %253, label %257

253:                                              ; preds = %249, %253
  %254 = call i32 @pthread_cond_wait(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0), %union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %255 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %256 = icmp slt i64 %255, %14
  br i1 %256, label %253, label %257, !llvm.loop !61

257:                                              ; preds = %253, %249
  %258 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  br label %263

259:                                              ; preds = %239, %235
  %260 = add i32 %236, 1
  %261 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %262 = icmp slt i64 %261, %14
  br i1 %262, label %235, label %263, !llvm.loop !62

263:                                              ; preds = %259, %257, %222
  %264 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  %265 = icmp ne i64 %264, 9223372036854775807
  %266 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 0), align 16
  %267 = icmp ne i32 %266, -1
  %268 = select i1 %265, i1 %267, i1 false
  br i1 %268, label %269, label %282

269:                                              ; preds = %263
  %270 = bitcast %struct.EmFaultRec* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 1056, i8* nonnull %270) #37
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(1056) %270, i8* noundef nonnull align 16 dereferenceable(1056) bitcast (%struct.EmFaultRec* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26) to i8*), i64 1056, i1 false) #37, !tbaa.struct !63
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  %271 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 0
  %272 = load i32, i32* %271, align 8, !tbaa !29
  %273 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 5, i64 0
  %274 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 4
  %275 = load i64, i64* %274, align 8, !tbaa !33
  %276 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 3
  %277 = load i8*, i8** %276, align 8, !tbaa !30
  %278 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 1
  %279 = load i32, i32* %278, align 4, !tbaa !31
  %280 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 2
  %281 = load i32, i32* %280, align 8, !tbaa !32
  call fastcc void @fault_n(i32 noundef %272, i8* noundef nonnull %273, i64 noundef %275, i8* noundef %277, i32 noundef %279, i32 noundef %281) #38
  unreachable

282:                                              ; preds = %263
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  br label %301

283:                                              ; preds = %184
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  br label %284

284:                                              ; preds = %283, %180, %176, %173, %3
  %285 = icmp eq i64 %14, 0
  br i1 %285, label %301, label %286

286:                                              ; preds = %22, %284
  %287 = sdiv i64 %2, %12
  %288 = srem i64 %2, %12
  br label %289

289:                                              ; preds = %289, %286
  %290 = phi i64 [ 0, %286 ], [ %295, %289 ]
  %291 = mul nsw i64 %290, %287
  %292 = mul nsw i64 %290, %288
  %293 = sdiv i64 %292, %12
  %294 = add nsw i64 %293, %291
  %295 = add nuw nsw i64 %290, 1
  %296 = mul nsw i64 %295, %287
  %297 = mul nsw i64 %295, %288
  %298 = sdiv i64 %297, %12
  %299 = add nsw i64 %298, %296
  call void %0(i8* noundef %1, i64 noundef %294, i64 noundef %299, i64 noundef %290) #37
  %300 = icmp eq i64 %295, %14
  br i1 %300, label %301, label %289, !llvm.loop !64

301:                                              ; preds = %289, %282, %284
  ret void
}

; Function Attrs: nounwind
define void @ember_par_run_ranges(void (i8*, i64, i64, i64)* noundef %0, i8* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = alloca %struct.timespec, align 8
  %5 = alloca %struct.timespec, align 8
  %6 = alloca %struct.EmFaultRec, align 8
  %7 = alloca i8*, align 8
  %8 = alloca [16 x i64], align 16
  %9 = alloca %struct.__sigset_t, align 8
  %10 = alloca %struct.__sigset_t, align 8
  %11 = icmp ult i64 %2, 1024
  %12 = select i1 %11, i64 %2, i64 1024
  %13 = icmp sgt i64 %2, 0
  %14 = select i1 %13, i64 %12, i64 0
  %15 = icmp ugt i64 %14, 1
  br i1 %15, label %16, label %284

16:                                               ; preds = %3
  %17 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) acquire, align 64
  %18 = icmp ne i32 %17, 2
  %19 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %18, i1 true, i1 %20
  br i1 %21, label %28, label %22

22:                                               ; preds = %16
  %23 = icmp sgt i32 %19, 1
  br i1 %23, label %24, label %286

24:                                               ; preds = %22
  %25 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  %26 = tail call i32 @getpid() #37
  %27 = icmp eq i32 %25, %26
  br i1 %27, label %176, label %28

28:                                               ; preds = %24, %16
  br label %29

29:                                               ; preds = %28, %38
  %30 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  switch i32 %30, label %35 [
    i32 2, label %31
    i32 1, label %38
  ]

31:                                               ; preds = %29
  %32 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  %33 = tail call i32 @getpid() #37
  %34 = icmp eq i32 %32, %33
  br i1 %34, label %173, label %35

35:                                               ; preds = %31, %29
  %36 = cmpxchg i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0), i32 %30, i32 1 seq_cst seq_cst, align 4
  %37 = extractvalue { i32, i1 } %36, 1
  br i1 %37, label %40, label %38

38:                                               ; preds = %35, %29
  %39 = tail call i32 @sched_yield() #37
  br label %29

40:                                               ; preds = %35
  %41 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %42 = icmp sgt i32 %41, 1
  br i1 %42, label %43, label %47

43:                                               ; preds = %40
  %44 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %45 = tail call i32 @pthread_key_delete(i32 noundef %44) #37
  %46 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  tail call void @free(i8* noundef %46) #37
  br label %47

47:                                               ; preds = %43, %40
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  store i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  store i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  store atomic i64 0, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10) seq_cst, align 16
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) seq_cst, align 4
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0) seq_cst, align 8
  %48 = bitcast [16 x i64]* %8 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %48) #37
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(128) %48, i8 0, i64 128, i1 false) #37
  %49 = call i32 @sched_getaffinity(i32 noundef 0, i64 noundef 128, i8* noundef nonnull %48) #37
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %51, label %96

51:                                               ; preds = %47
  %52 = bitcast [16 x i64]* %8 to <2 x i64>*
  %53 = load <2 x i64>, <2 x i64>* %52, align 16, !tbaa !11
  %54 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %53)
  %55 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 2
  %56 = bitcast i64* %55 to <2 x i64>*
  %57 = load <2 x i64>, <2 x i64>* %56, align 16, !tbaa !11
  %58 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %57)
  %59 = add nuw nsw <2 x i64> %58, %54
  %60 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 4
  %61 = bitcast i64* %60 to <2 x i64>*
  %62 = load <2 x i64>, <2 x i64>* %61, align 16, !tbaa !11
  %63 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %62)
  %64 = add nuw nsw <2 x i64> %63, %59
  %65 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 6
  %66 = bitcast i64* %65 to <2 x i64>*
  %67 = load <2 x i64>, <2 x i64>* %66, align 16, !tbaa !11
  %68 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %67)
  %69 = add nuw nsw <2 x i64> %68, %64
  %70 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 8
  %71 = bitcast i64* %70 to <2 x i64>*
  %72 = load <2 x i64>, <2 x i64>* %71, align 16, !tbaa !11
  %73 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %72)
  %74 = add nuw nsw <2 x i64> %73, %69
  %75 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 10
  %76 = bitcast i64* %75 to <2 x i64>*
  %77 = load <2 x i64>, <2 x i64>* %76, align 16, !tbaa !11
  %78 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %77)
  %79 = add nuw nsw <2 x i64> %78, %74
  %80 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 12
  %81 = bitcast i64* %80 to <2 x i64>*
  %82 = load <2 x i64>, <2 x i64>* %81, align 16, !tbaa !11
  %83 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %82)
  %84 = add nuw nsw <2 x i64> %83, %79
  %85 = getelementptr inbounds [16 x i64], [16 x i64]* %8, i64 0, i64 14
  %86 = bitcast i64* %85 to <2 x i64>*
  %87 = load <2 x i64>, <2 x i64>* %86, align 16, !tbaa !11
  %88 = call <2 x i64> @llvm.ctpop.v2i64(<2 x i64> %87)
  %89 = add <2 x i64> %88, %84
  %90 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %89)
  %91 = icmp eq i64 %90, 0
  br i1 %91, label %96, label %92

92:                                               ; preds = %51
  %93 = icmp ult i64 %90, 1024
  %94 = select i1 %93, i64 %90, i64 1024
  %95 = trunc i64 %94 to i32
  br label %103

96:                                               ; preds = %51, %47
  %97 = call i64 @sysconf(i32 noundef 84) #37
  %98 = icmp sgt i64 %97, 0
  br i1 %98, label %99, label %103

99:                                               ; preds = %96
  %100 = icmp ult i64 %97, 1024
  %101 = select i1 %100, i64 %97, i64 1024
  %102 = trunc i64 %101 to i32
  br label %103

103:                                              ; preds = %99, %96, %92
  %104 = phi i32 [ %95, %92 ], [ %102, %99 ], [ 1, %96 ]
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %48) #37
  %105 = call i8* @getenv(i8* noundef getelementptr inbounds ([18 x i8], [18 x i8]* @.str.89, i64 0, i64 0)) #37
  %106 = icmp eq i8* %105, null
  br i1 %106, label %122, label %107

107:                                              ; preds = %103
  %108 = bitcast i8** %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %108) #37
  %109 = call i64 @strtol(i8* noundef nonnull %105, i8** noundef nonnull %7, i32 noundef 10) #37
  %110 = load i8*, i8** %7, align 8, !tbaa !7
  %111 = icmp eq i8* %110, %105
  br i1 %111, label %117, label %112

112:                                              ; preds = %107
  %113 = load i8, i8* %110, align 1, !tbaa !17
  %114 = icmp eq i8 %113, 0
  %115 = icmp sgt i64 %109, 0
  %116 = select i1 %114, i1 %115, i1 false
  br i1 %116, label %118, label %117

117:                                              ; preds = %112, %107
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %108) #37
  br label %122

118:                                              ; preds = %112
  %119 = icmp ult i64 %109, 1024
  %120 = select i1 %119, i64 %109, i64 1024
  %121 = trunc i64 %120 to i32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %108) #37
  br label %122

122:                                              ; preds = %118, %117, %103
  %123 = phi i32 [ %121, %118 ], [ %104, %117 ], [ %104, %103 ]
  %124 = icmp ugt i32 %123, %104
  %125 = select i1 %124, i64 0, i64 100000
  store i64 %125, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %126 = icmp ugt i32 %123, 1
  br i1 %126, label %127, label %171

127:                                              ; preds = %122
  %128 = call i32 @pthread_key_create(i32* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), void (i8*)* noundef null) #37
  %129 = icmp eq i32 %128, 0
  br i1 %129, label %130, label %171

130:                                              ; preds = %127
  %131 = call i32 @pthread_mutex_init(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0), %union.pthread_mutexattr_t* noundef null) #37
  %132 = call i32 @pthread_cond_init(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0), %union.pthread_condattr_t* noundef null) #37
  %133 = call i32 @pthread_cond_init(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0), %union.pthread_condattr_t* noundef null) #37
  %134 = add nsw i32 %123, -1
  %135 = zext i32 %134 to i64
  %136 = shl nuw nsw i64 %135, 3
  %137 = call noalias i8* @malloc(i64 noundef %136) #37
  store i8* %137, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  %138 = icmp eq i8* %137, null
  br i1 %138, label %159, label %139

139:                                              ; preds = %130
  %140 = bitcast %struct.__sigset_t* %9 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %140) #37
  %141 = bitcast %struct.__sigset_t* %10 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %141) #37
  %142 = call i32 @sigfillset(%struct.__sigset_t* noundef nonnull %9) #37
  %143 = call i32 @pthread_sigmask(i32 noundef 2, %struct.__sigset_t* noundef nonnull %9, %struct.__sigset_t* noundef nonnull %10) #37
  %144 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %145 = icmp slt i32 %144, %134
  br i1 %145, label %146, label %157

146:                                              ; preds = %139, %153
  %147 = phi i32 [ %155, %153 ], [ %144, %139 ]
  %148 = load i64*, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %149 = sext i32 %147 to i64
  %150 = getelementptr inbounds i64, i64* %148, i64 %149
  %151 = call i32 @pthread_create(i64* noundef %150, %union.pthread_attr_t* noundef null, i8* (i8*)* noundef nonnull @pool_worker, i8* noundef null) #37
  %152 = icmp eq i32 %151, 0
  br i1 %152, label %153, label %157

153:                                              ; preds = %146
  %154 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %155 = add nsw i32 %154, 1
  store i32 %155, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %156 = icmp slt i32 %155, %134
  br i1 %156, label %146, label %157, !llvm.loop !53

157:                                              ; preds = %153, %146, %139
  %158 = call i32 @pthread_sigmask(i32 noundef 2, %struct.__sigset_t* noundef nonnull %10, %struct.__sigset_t* noundef null) #37
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %141) #37
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %140) #37
  br label %159

159:                                              ; preds = %157, %130
  %160 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %161 = icmp sgt i32 %160, 0
  br i1 %161, label %162, label %164

162:                                              ; preds = %159
  %163 = add nuw nsw i32 %160, 1
  store i32 %163, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  store atomic i64 ptrtoint (void ()* @pool_stop to i64), i64* bitcast (void ()** @em_pool_stop to i64*) seq_cst, align 8
  br label %171

164:                                              ; preds = %159
  %165 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  call void @free(i8* noundef %165) #37
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %166 = call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #37
  %167 = call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #37
  %168 = call i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %169 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %170 = call i32 @pthread_key_delete(i32 noundef %169) #37
  br label %171

171:                                              ; preds = %164, %162, %127, %122
  %172 = call i32 @getpid() #37
  store i32 %172, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  store atomic i32 2, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  br label %173

173:                                              ; preds = %31, %171
  %174 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %175 = icmp sgt i32 %174, 1
  br i1 %175, label %176, label %284

176:                                              ; preds = %173, %24
  %177 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %178 = call i8* @pthread_getspecific(i32 noundef %177) #37
  %179 = icmp eq i8* %178, null
  br i1 %179, label %180, label %284

180:                                              ; preds = %176
  %181 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %182 = and i8 %181, 1
  %183 = icmp eq i8 %182, 0
  br i1 %183, label %184, label %284

184:                                              ; preds = %180
  %185 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  %186 = icmp eq i32 %185, 2
  br i1 %186, label %187, label %283

187:                                              ; preds = %184
  store void (i8*, i64, i64, i64)* %0, void (i8*, i64, i64, i64)** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 15), align 8, !tbaa !54
  store i8* %1, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16, !tbaa !55
  store i64 %2, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 17), align 8, !tbaa !56
  store i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 18), align 32, !tbaa !57
  store atomic i64 9223372036854775807, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  store atomic i64 0, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) monotonic, align 64
  %188 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 14), align 64, !tbaa !58
  %189 = add i32 %188, 1
  store i32 %189, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 14), align 64, !tbaa !58
  %190 = zext i32 %189 to i64
  %191 = shl nuw i64 %190, 32
  %192 = shl nuw nsw i64 %14, 16
  %193 = or i64 %191, %192
  store atomic i64 %193, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  %194 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10) seq_cst, align 16
  %195 = icmp eq i32 %194, 0
  br i1 %195, label %200, label %196

196:                                              ; preds = %187
  %197 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %198 = call i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #37
  %199 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br label %200

200:                                              ; preds = %196, %187
  br label %201

201:                                              ; preds = %200, %221
  %202 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) acquire, align 64
  br label %203

203:                                              ; preds = %209, %201
  %204 = phi i64 [ %202, %201 ], [ %220, %209 ]
  %205 = and i64 %204, 65535
  %206 = lshr i64 %204, 16
  %207 = and i64 %206, 65535
  %208 = icmp ugt i64 %207, %205
  br i1 %208, label %209, label %222

209:                                              ; preds = %203
  %210 = sub nsw i64 %207, %205
  %211 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %212 = sext i32 %211 to i64
  %213 = shl nsw i64 %212, 1
  %214 = sdiv i64 %210, %213
  %215 = icmp sgt i64 %214, 1
  %216 = select i1 %215, i64 %214, i64 1
  %217 = add i64 %216, %204
  %218 = cmpxchg weak i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20), i64 %204, i64 %217 acq_rel acquire, align 8
  %219 = extractvalue { i64, i1 } %218, 1
  %220 = extractvalue { i64, i1 } %218, 0
  br i1 %219, label %221, label %203, !llvm.loop !59

221:                                              ; preds = %209
  call fastcc void @pool_run_claimed(i64 noundef %204, i64 noundef %216) #37
  br label %201, !llvm.loop !60

222:                                              ; preds = %203
  %223 = bitcast %struct.timespec* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %223) #37
  %224 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %5) #37
  %225 = getelementptr inbounds %struct.timespec, %struct.timespec* %5, i64 0, i32 0
  %226 = load i64, i64* %225, align 8, !tbaa !19
  %227 = getelementptr inbounds %struct.timespec, %struct.timespec* %5, i64 0, i32 1
  %228 = load i64, i64* %227, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %223) #37
  %229 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %230 = icmp slt i64 %229, %14
  br i1 %230, label %231, label %263

231:                                              ; preds = %222
  %232 = bitcast %struct.timespec* %4 to i8*
  %233 = getelementptr inbounds %struct.timespec, %struct.timespec* %4, i64 0, i32 0
  %234 = getelementptr inbounds %struct.timespec, %struct.timespec* %4, i64 0, i32 1
  br label %235

235:                                              ; preds = %259, %231
  %236 = phi i32 [ 1, %231 ], [ %260, %259 ]
  %237 = and i32 %236, 255
  %238 = icmp eq i32 %237, 0
  br i1 %238, label %239, label %259

239:                                              ; preds = %235
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %232) #37
  %240 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %4) #37
  %241 = load i64, i64* %233, align 8, !tbaa !19
  %242 = load i64, i64* %234, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %232) #37
  %243 = sub i64 %241, %226
  %244 = mul i64 %243, 1000000000
  %245 = sub i64 %242, %228
  %246 = add i64 %245, %244
  %247 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %248 = icmp sgt i64 %246, %247
  br i1 %248, label %249, label %259

249:                                              ; preds = %239
  store atomic i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  %250 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %251 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %252 = icmp slt i64 %251, %14
  br i1 %252, label %253, label %257

253:                                              ; preds = %249, %253
  %254 = call i32 @pthread_cond_wait(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0), %union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %255 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %256 = icmp slt i64 %255, %14
  br i1 %256, label %253, label %257, !llvm.loop !61

257:                                              ; preds = %253, %249
  %258 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  br label %263

259:                                              ; preds = %239, %235
  %260 = add i32 %236, 1
  %261 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22) seq_cst, align 64
  %262 = icmp slt i64 %261, %14
  br i1 %262, label %235, label %263, !llvm.loop !62

263:                                              ; preds = %259, %257, %222
  %264 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  %265 = icmp ne i64 %264, 9223372036854775807
  %266 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26, i32 0), align 16
  %267 = icmp ne i32 %266, -1
  %268 = select i1 %265, i1 %267, i1 false
  br i1 %268, label %269, label %282

269:                                              ; preds = %263
  %270 = bitcast %struct.EmFaultRec* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 1056, i8* nonnull %270) #37
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(1056) %270, i8* noundef nonnull align 16 dereferenceable(1056) bitcast (%struct.EmFaultRec* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 26) to i8*), i64 1056, i1 false) #37, !tbaa.struct !63
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  %271 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 0
  %272 = load i32, i32* %271, align 8, !tbaa !29
  %273 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 5, i64 0
  %274 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 4
  %275 = load i64, i64* %274, align 8, !tbaa !33
  %276 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 3
  %277 = load i8*, i8** %276, align 8, !tbaa !30
  %278 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 1
  %279 = load i32, i32* %278, align 4, !tbaa !31
  %280 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 2
  %281 = load i32, i32* %280, align 8, !tbaa !32
  call fastcc void @fault_n(i32 noundef %272, i8* noundef nonnull %273, i64 noundef %275, i8* noundef %277, i32 noundef %279, i32 noundef %281) #38
  unreachable

282:                                              ; preds = %263
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  br label %287

283:                                              ; preds = %184
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  br label %284

284:                                              ; preds = %283, %180, %176, %173, %3
  %285 = icmp eq i64 %14, 0
  br i1 %285, label %287, label %286

286:                                              ; preds = %22, %284
  call void %0(i8* noundef %1, i64 noundef 0, i64 noundef %2, i64 noundef 0) #37
  br label %287

287:                                              ; preds = %284, %282, %286
  ret void
}

; Function Attrs: nounwind
define void @ember_par_shutdown() local_unnamed_addr #0 {
  tail call void @pool_stop()
  ret void
}

; Function Attrs: nounwind
define internal void @pool_stop() #0 {
  %1 = cmpxchg i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0), i32 2, i32 1 seq_cst seq_cst, align 4
  %2 = extractvalue { i32, i1 } %1, 1
  br i1 %2, label %3, label %44

3:                                                ; preds = %0
  %4 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %5 = icmp sgt i32 %4, 1
  br i1 %5, label %6, label %43

6:                                                ; preds = %3
  %7 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  %8 = tail call i32 @getpid() #37
  %9 = icmp eq i32 %7, %8
  br i1 %9, label %10, label %39

10:                                               ; preds = %6
  %11 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %12 = and i8 %11, 1
  %13 = icmp eq i8 %12, 0
  br i1 %13, label %19, label %14

14:                                               ; preds = %10, %14
  %15 = tail call i32 @sched_yield() #37
  %16 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %17 = and i8 %16, 1
  %18 = icmp eq i8 %17, 0
  br i1 %18, label %19, label %14, !llvm.loop !65

19:                                               ; preds = %14, %10
  store atomic i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  %20 = tail call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %21 = tail call i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #37
  %22 = tail call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %23 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %24 = icmp sgt i32 %23, 0
  br i1 %24, label %29, label %25

25:                                               ; preds = %29, %19
  %26 = tail call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #37
  %27 = tail call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #37
  %28 = tail call i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br label %39

29:                                               ; preds = %19, %29
  %30 = phi i64 [ %35, %29 ], [ 0, %19 ]
  %31 = load i64*, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %32 = getelementptr inbounds i64, i64* %31, i64 %30
  %33 = load i64, i64* %32, align 8, !tbaa !11
  %34 = tail call i32 @pthread_join(i64 noundef %33, i8** noundef null) #37
  %35 = add nuw nsw i64 %30, 1
  %36 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %37 = sext i32 %36 to i64
  %38 = icmp slt i64 %35, %37
  br i1 %38, label %29, label %25, !llvm.loop !66

39:                                               ; preds = %25, %6
  %40 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %41 = tail call i32 @pthread_key_delete(i32 noundef %40) #37
  %42 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  tail call void @free(i8* noundef %42) #37
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  store i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  br label %43

43:                                               ; preds = %39, %3
  store i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  store atomic i64 0, i64* bitcast (void ()** @em_pool_stop to i64*) seq_cst, align 8
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  br label %44

44:                                               ; preds = %0, %43
  ret void
}

; Function Attrs: nounwind
define i32 @ember_guarded_call(%struct.EmErr* (i8*)* nocapture noundef readonly %0, i8* noundef %1, %struct.EmErr** nocapture noundef writeonly %2, %struct.EmFaultInfo* noundef %3) local_unnamed_addr #0 {
  %5 = alloca %struct.EmGuard, align 16
  %6 = call i32 @pthread_once(i32* noundef nonnull @em_guard_once, void ()* noundef nonnull @guard_init) #37
  %7 = load i32, i32* @em_guard_ok, align 4, !tbaa !3
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %27

9:                                                ; preds = %4
  %10 = call %struct.EmErr* %0(i8* noundef %1) #37
  store %struct.EmErr* %10, %struct.EmErr** %2, align 8, !tbaa !7
  br label %11

11:                                               ; preds = %11, %9
  %12 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %13 = and i8 %12, 1
  %14 = icmp eq i8 %13, 0
  br i1 %14, label %15, label %11, !llvm.loop !9

15:                                               ; preds = %11
  %16 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %17

17:                                               ; preds = %21, %15
  %18 = phi i64 [ %16, %15 ], [ %25, %21 ]
  %19 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %15 ], [ %24, %21 ]
  %20 = icmp sgt i64 %18, 0
  br i1 %20, label %21, label %26

21:                                               ; preds = %17
  %22 = call i64 @write(i32 noundef 1, i8* noundef %19, i64 noundef %18) #37
  %23 = icmp sgt i64 %22, -1
  %24 = getelementptr inbounds i8, i8* %19, i64 %22
  %25 = sub nsw i64 %18, %22
  br i1 %23, label %17, label %26

26:                                               ; preds = %17, %21
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  br label %62

27:                                               ; preds = %4
  %28 = bitcast %struct.EmGuard* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 528, i8* nonnull %28) #37
  %29 = getelementptr inbounds %struct.EmGuard, %struct.EmGuard* %5, i64 0, i32 1
  store %struct.EmFaultInfo* %3, %struct.EmFaultInfo** %29, align 16, !tbaa !34
  %30 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %31 = call i8* @pthread_getspecific(i32 noundef %30) #37
  %32 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %33 = call i32 @pthread_setspecific(i32 noundef %32, i8* noundef nonnull %28) #37
  %34 = getelementptr inbounds %struct.EmGuard, %struct.EmGuard* %5, i64 0, i32 0, i32 0, i64 0
  %35 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef nonnull %34) #41
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %40, label %37

37:                                               ; preds = %27
  %38 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %39 = call i32 @pthread_setspecific(i32 noundef %38, i8* noundef %31) #37
  br label %60

40:                                               ; preds = %27
  %41 = call %struct.EmErr* %0(i8* noundef %1) #37
  store %struct.EmErr* %41, %struct.EmErr** %2, align 8, !tbaa !7
  %42 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %43 = call i32 @pthread_setspecific(i32 noundef %42, i8* noundef %31) #37
  br label %44

44:                                               ; preds = %44, %40
  %45 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %46 = and i8 %45, 1
  %47 = icmp eq i8 %46, 0
  br i1 %47, label %48, label %44, !llvm.loop !9

48:                                               ; preds = %44
  %49 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %54, %48
  %51 = phi i64 [ %49, %48 ], [ %58, %54 ]
  %52 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %48 ], [ %57, %54 ]
  %53 = icmp sgt i64 %51, 0
  br i1 %53, label %54, label %59

54:                                               ; preds = %50
  %55 = call i64 @write(i32 noundef 1, i8* noundef %52, i64 noundef %51) #37
  %56 = icmp sgt i64 %55, -1
  %57 = getelementptr inbounds i8, i8* %52, i64 %55
  %58 = sub nsw i64 %51, %55
  br i1 %56, label %50, label %59

59:                                               ; preds = %50, %54
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  br label %60

60:                                               ; preds = %37, %59
  %61 = phi i32 [ 0, %59 ], [ 1, %37 ]
  call void @llvm.lifetime.end.p0i8(i64 528, i8* nonnull %28) #37
  br label %62

62:                                               ; preds = %60, %26
  %63 = phi i32 [ %61, %60 ], [ 0, %26 ]
  ret i32 %63
}

declare i32 @pthread_once(i32* noundef, void ()* noundef) local_unnamed_addr #12

; Function Attrs: nounwind
define internal void @guard_init() #0 {
  %1 = tail call i32 @pthread_key_create(i32* noundef nonnull @em_guard_key, void (i8*)* noundef null) #37
  %2 = icmp eq i32 %1, 0
  %3 = zext i1 %2 to i32
  store i32 %3, i32* @em_guard_ok, align 4, !tbaa !3
  ret void
}

; Function Attrs: nounwind
declare i32 @pthread_setspecific(i32 noundef, i8* noundef) local_unnamed_addr #1

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(%struct.__jmp_buf_tag* noundef) local_unnamed_addr #13

; Function Attrs: nounwind
define void @ember_rt_finish() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %3 = and i8 %2, 1
  %4 = icmp eq i8 %3, 0
  br i1 %4, label %5, label %1, !llvm.loop !9

5:                                                ; preds = %1
  %6 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %7

7:                                                ; preds = %11, %5
  %8 = phi i64 [ %6, %5 ], [ %15, %11 ]
  %9 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %5 ], [ %14, %11 ]
  %10 = icmp sgt i64 %8, 0
  br i1 %10, label %11, label %16

11:                                               ; preds = %7
  %12 = tail call i64 @write(i32 noundef 1, i8* noundef %9, i64 noundef %8) #37
  %13 = icmp sgt i64 %12, -1
  %14 = getelementptr inbounds i8, i8* %9, i64 %12
  %15 = sub nsw i64 %8, %12
  br i1 %13, label %7, label %16

16:                                               ; preds = %7, %11
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  %17 = load atomic i64, i64* bitcast (void ()** @em_pool_stop to i64*) seq_cst, align 8
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %21, label %19

19:                                               ; preds = %16
  %20 = inttoptr i64 %17 to void ()*
  tail call void %20() #37
  br label %21

21:                                               ; preds = %19, %16
  ret void
}

; Function Attrs: nounwind
define noalias %struct.EmBuf* @ember_buf_new() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %2 = icmp eq i8* %1, null
  br i1 %2, label %3, label %4

3:                                                ; preds = %0
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

4:                                                ; preds = %0
  %5 = getelementptr inbounds i8, i8* %1, i64 8
  %6 = bitcast i8* %5 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %6, align 8, !tbaa !11
  %7 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %8 = icmp eq i8* %7, null
  br i1 %8, label %9, label %10

9:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

10:                                               ; preds = %4
  %11 = bitcast i8* %1 to %struct.EmBuf*
  %12 = bitcast i8* %1 to i8**
  store i8* %7, i8** %12, align 8, !tbaa !43
  ret %struct.EmBuf* %11
}

; Function Attrs: mustprogress nounwind willreturn
define void @ember_buf_free(%struct.EmBuf* noundef %0) local_unnamed_addr #9 {
  %2 = icmp eq %struct.EmBuf* %0, null
  br i1 %2, label %7, label %3

3:                                                ; preds = %1
  %4 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %5 = load i8*, i8** %4, align 8, !tbaa !43
  tail call void @free(i8* noundef %5) #37
  %6 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %6) #37
  br label %7

7:                                                ; preds = %1, %3
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_bytes(%struct.EmBuf* nocapture noundef %0, i8* nocapture noundef readonly %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !45
  %6 = add nsw i64 %5, %2
  %7 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %8 = load i64, i64* %7, align 8, !tbaa !67
  %9 = icmp sgt i64 %6, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %3
  %11 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %12 = load i8*, i8** %11, align 8, !tbaa !43
  br label %32

13:                                               ; preds = %3
  %14 = shl nsw i64 %8, 1
  %15 = icmp sgt i64 %14, %6
  %16 = select i1 %15, i64 %14, i64 %6
  %17 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %18 = add nsw i64 %16, 17
  %19 = icmp sgt i64 %16, -18
  br i1 %19, label %20, label %26

20:                                               ; preds = %13
  %21 = load i8*, i8** %17, align 8, !tbaa !43
  %22 = icmp eq i64 %18, 0
  %23 = select i1 %22, i64 1, i64 %18
  %24 = tail call i8* @realloc(i8* noundef %21, i64 noundef %23) #37
  %25 = icmp eq i8* %24, null
  br i1 %25, label %26, label %27

26:                                               ; preds = %20, %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

27:                                               ; preds = %20
  %28 = icmp ugt i64 %18, 4095
  br i1 %28, label %29, label %30

29:                                               ; preds = %27
  tail call fastcc void @advise_big(i8* noundef nonnull %24, i64 noundef %18) #37
  br label %30

30:                                               ; preds = %29, %27
  store i8* %24, i8** %17, align 8, !tbaa !43
  store i64 %16, i64* %7, align 8, !tbaa !67
  %31 = load i64, i64* %4, align 8, !tbaa !45
  br label %32

32:                                               ; preds = %10, %30
  %33 = phi i64 [ %5, %10 ], [ %31, %30 ]
  %34 = phi i8* [ %12, %10 ], [ %24, %30 ]
  %35 = getelementptr inbounds i8, i8* %34, i64 16
  %36 = getelementptr inbounds i8, i8* %35, i64 %33
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %36, i8* align 1 %1, i64 %2, i1 false)
  %37 = load i64, i64* %4, align 8, !tbaa !45
  %38 = add nsw i64 %37, %2
  store i64 %38, i64* %4, align 8, !tbaa !45
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #14

; Function Attrs: nounwind
define void @ember_buf_str(%struct.EmBuf* nocapture noundef %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !45
  %7 = add nsw i64 %6, %4
  %8 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %9 = load i64, i64* %8, align 8, !tbaa !67
  %10 = icmp sgt i64 %7, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %13 = load i8*, i8** %12, align 8, !tbaa !43
  br label %33

14:                                               ; preds = %2
  %15 = shl nsw i64 %9, 1
  %16 = icmp sgt i64 %15, %7
  %17 = select i1 %16, i64 %15, i64 %7
  %18 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %19 = add nsw i64 %17, 17
  %20 = icmp sgt i64 %17, -18
  br i1 %20, label %21, label %27

21:                                               ; preds = %14
  %22 = load i8*, i8** %18, align 8, !tbaa !43
  %23 = icmp eq i64 %19, 0
  %24 = select i1 %23, i64 1, i64 %19
  %25 = tail call i8* @realloc(i8* noundef %22, i64 noundef %24) #37
  %26 = icmp eq i8* %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %21, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

28:                                               ; preds = %21
  %29 = icmp ugt i64 %19, 4095
  br i1 %29, label %30, label %31

30:                                               ; preds = %28
  tail call fastcc void @advise_big(i8* noundef nonnull %25, i64 noundef %19) #37
  br label %31

31:                                               ; preds = %30, %28
  store i8* %25, i8** %18, align 8, !tbaa !43
  store i64 %17, i64* %8, align 8, !tbaa !67
  %32 = load i64, i64* %5, align 8, !tbaa !45
  br label %33

33:                                               ; preds = %11, %31
  %34 = phi i64 [ %6, %11 ], [ %32, %31 ]
  %35 = phi i8* [ %13, %11 ], [ %25, %31 ]
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %37 = getelementptr inbounds i8, i8* %35, i64 16
  %38 = getelementptr inbounds i8, i8* %37, i64 %34
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %38, i8* nonnull align 1 %36, i64 %4, i1 false) #37
  %39 = load i64, i64* %5, align 8, !tbaa !45
  %40 = add nsw i64 %39, %4
  store i64 %40, i64* %5, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_u64(%struct.EmBuf* nocapture noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = alloca [20 x i8], align 16
  %4 = getelementptr inbounds [20 x i8], [20 x i8]* %3, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %4) #37
  br label %5

5:                                                ; preds = %5, %2
  %6 = phi i64 [ %11, %5 ], [ 20, %2 ]
  %7 = phi i64 [ %13, %5 ], [ %1, %2 ]
  %8 = urem i64 %7, 10
  %9 = trunc i64 %8 to i8
  %10 = or i8 %9, 48
  %11 = add nsw i64 %6, -1
  %12 = getelementptr inbounds [20 x i8], [20 x i8]* %3, i64 0, i64 %11
  store i8 %10, i8* %12, align 1, !tbaa !17
  %13 = udiv i64 %7, 10
  %14 = icmp ult i64 %7, 10
  br i1 %14, label %15, label %5, !llvm.loop !68

15:                                               ; preds = %5
  %16 = mul i64 %6, -4294967296
  %17 = add i64 %16, 90194313216
  %18 = ashr exact i64 %17, 32
  %19 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %20 = load i64, i64* %19, align 8, !tbaa !45
  %21 = add nsw i64 %20, %18
  %22 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %23 = load i64, i64* %22, align 8, !tbaa !67
  %24 = icmp sgt i64 %21, %23
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %27 = load i8*, i8** %26, align 8, !tbaa !43
  br label %47

28:                                               ; preds = %15
  %29 = shl nsw i64 %23, 1
  %30 = icmp sgt i64 %29, %21
  %31 = select i1 %30, i64 %29, i64 %21
  %32 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %33 = add nsw i64 %31, 17
  %34 = icmp sgt i64 %31, -18
  br i1 %34, label %35, label %41

35:                                               ; preds = %28
  %36 = load i8*, i8** %32, align 8, !tbaa !43
  %37 = icmp eq i64 %33, 0
  %38 = select i1 %37, i64 1, i64 %33
  %39 = tail call i8* @realloc(i8* noundef %36, i64 noundef %38) #37
  %40 = icmp eq i8* %39, null
  br i1 %40, label %41, label %42

41:                                               ; preds = %35, %28
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

42:                                               ; preds = %35
  %43 = icmp ugt i64 %33, 4095
  br i1 %43, label %44, label %45

44:                                               ; preds = %42
  tail call fastcc void @advise_big(i8* noundef nonnull %39, i64 noundef %33) #37
  br label %45

45:                                               ; preds = %44, %42
  store i8* %39, i8** %32, align 8, !tbaa !43
  store i64 %31, i64* %22, align 8, !tbaa !67
  %46 = load i64, i64* %19, align 8, !tbaa !45
  br label %47

47:                                               ; preds = %25, %45
  %48 = phi i64 [ %20, %25 ], [ %46, %45 ]
  %49 = phi i8* [ %27, %25 ], [ %39, %45 ]
  %50 = getelementptr inbounds [20 x i8], [20 x i8]* %3, i64 0, i64 %11
  %51 = getelementptr inbounds i8, i8* %49, i64 16
  %52 = getelementptr inbounds i8, i8* %51, i64 %48
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %52, i8* nonnull align 1 %50, i64 %18, i1 false) #37
  %53 = load i64, i64* %19, align 8, !tbaa !45
  %54 = add nsw i64 %53, %18
  store i64 %54, i64* %19, align 8, !tbaa !45
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %4) #37
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_i64(%struct.EmBuf* nocapture noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = icmp slt i64 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 45)
  %5 = sub i64 0, %1
  br label %6

6:                                                ; preds = %2, %4
  %7 = phi i64 [ %5, %4 ], [ %1, %2 ]
  tail call void @ember_buf_u64(%struct.EmBuf* noundef %0, i64 noundef %7)
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @buf_c(%struct.EmBuf* nocapture noundef %0, i8 noundef signext %1) unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %4 = load i64, i64* %3, align 8, !tbaa !45
  %5 = add nsw i64 %4, 1
  %6 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %7 = load i64, i64* %6, align 8, !tbaa !67
  %8 = icmp slt i64 %4, %7
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %11 = load i8*, i8** %10, align 8, !tbaa !43
  br label %31

12:                                               ; preds = %2
  %13 = shl nsw i64 %7, 1
  %14 = icmp sgt i64 %13, %5
  %15 = select i1 %14, i64 %13, i64 %5
  %16 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %17 = add nsw i64 %15, 17
  %18 = icmp sgt i64 %15, -18
  br i1 %18, label %19, label %25

19:                                               ; preds = %12
  %20 = load i8*, i8** %16, align 8, !tbaa !43
  %21 = icmp eq i64 %17, 0
  %22 = select i1 %21, i64 1, i64 %17
  %23 = tail call i8* @realloc(i8* noundef %20, i64 noundef %22) #37
  %24 = icmp eq i8* %23, null
  br i1 %24, label %25, label %26

25:                                               ; preds = %19, %12
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

26:                                               ; preds = %19
  %27 = icmp ugt i64 %17, 4095
  br i1 %27, label %28, label %29

28:                                               ; preds = %26
  tail call fastcc void @advise_big(i8* noundef nonnull %23, i64 noundef %17) #37
  br label %29

29:                                               ; preds = %28, %26
  store i8* %23, i8** %16, align 8, !tbaa !43
  store i64 %15, i64* %6, align 8, !tbaa !67
  %30 = load i64, i64* %3, align 8, !tbaa !45
  br label %31

31:                                               ; preds = %9, %29
  %32 = phi i64 [ %4, %9 ], [ %30, %29 ]
  %33 = phi i8* [ %11, %9 ], [ %23, %29 ]
  %34 = getelementptr inbounds i8, i8* %33, i64 16
  %35 = getelementptr inbounds i8, i8* %34, i64 %32
  store i8 %1, i8* %35, align 1, !tbaa !17
  %36 = load i64, i64* %3, align 8, !tbaa !45
  %37 = add nsw i64 %36, 1
  store i64 %37, i64* %3, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_bool(%struct.EmBuf* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  %4 = select i1 %3, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.6, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.5, i64 0, i64 0)
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef %4)
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @buf_cs(%struct.EmBuf* nocapture noundef %0, i8* nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %1) #39
  %4 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !45
  %6 = add nsw i64 %5, %3
  %7 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %8 = load i64, i64* %7, align 8, !tbaa !67
  %9 = icmp sgt i64 %6, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %12 = load i8*, i8** %11, align 8, !tbaa !43
  br label %32

13:                                               ; preds = %2
  %14 = shl nsw i64 %8, 1
  %15 = icmp sgt i64 %14, %6
  %16 = select i1 %15, i64 %14, i64 %6
  %17 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %18 = add nsw i64 %16, 17
  %19 = icmp sgt i64 %16, -18
  br i1 %19, label %20, label %26

20:                                               ; preds = %13
  %21 = load i8*, i8** %17, align 8, !tbaa !43
  %22 = icmp eq i64 %18, 0
  %23 = select i1 %22, i64 1, i64 %18
  %24 = tail call i8* @realloc(i8* noundef %21, i64 noundef %23) #37
  %25 = icmp eq i8* %24, null
  br i1 %25, label %26, label %27

26:                                               ; preds = %20, %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

27:                                               ; preds = %20
  %28 = icmp ugt i64 %18, 4095
  br i1 %28, label %29, label %30

29:                                               ; preds = %27
  tail call fastcc void @advise_big(i8* noundef nonnull %24, i64 noundef %18) #37
  br label %30

30:                                               ; preds = %29, %27
  store i8* %24, i8** %17, align 8, !tbaa !43
  store i64 %16, i64* %7, align 8, !tbaa !67
  %31 = load i64, i64* %4, align 8, !tbaa !45
  br label %32

32:                                               ; preds = %10, %30
  %33 = phi i64 [ %5, %10 ], [ %31, %30 ]
  %34 = phi i8* [ %12, %10 ], [ %24, %30 ]
  %35 = getelementptr inbounds i8, i8* %34, i64 16
  %36 = getelementptr inbounds i8, i8* %35, i64 %33
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %36, i8* align 1 %1, i64 %3, i1 false) #37
  %37 = load i64, i64* %4, align 8, !tbaa !45
  %38 = add nsw i64 %37, %3
  store i64 %38, i64* %4, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_list(%struct.EmBuf* noundef %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, void (%struct.EmBuf*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 91)
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !13
  %7 = icmp sgt i64 %6, 0
  br i1 %7, label %8, label %16

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %10 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %11 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %13 = load i8*, i8** %12, align 8, !tbaa !16
  tail call void %3(%struct.EmBuf* noundef %0, i8* noundef %13) #37
  %14 = load i64, i64* %5, align 8, !tbaa !13
  %15 = icmp sgt i64 %14, 1
  br i1 %15, label %17, label %16

16:                                               ; preds = %43, %8, %4
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 93)
  ret void

17:                                               ; preds = %8, %43
  %18 = phi i64 [ %54, %43 ], [ 1, %8 ]
  %19 = load i64, i64* %9, align 8, !tbaa !45
  %20 = add nsw i64 %19, 2
  %21 = load i64, i64* %10, align 8, !tbaa !67
  %22 = icmp sgt i64 %20, %21
  br i1 %22, label %25, label %23

23:                                               ; preds = %17
  %24 = load i8*, i8** %11, align 8, !tbaa !43
  br label %43

25:                                               ; preds = %17
  %26 = shl nsw i64 %21, 1
  %27 = icmp sgt i64 %26, %20
  %28 = select i1 %27, i64 %26, i64 %20
  %29 = add nsw i64 %28, 17
  %30 = icmp sgt i64 %28, -18
  br i1 %30, label %31, label %37

31:                                               ; preds = %25
  %32 = load i8*, i8** %11, align 8, !tbaa !43
  %33 = icmp eq i64 %29, 0
  %34 = select i1 %33, i64 1, i64 %29
  %35 = tail call i8* @realloc(i8* noundef %32, i64 noundef %34) #37
  %36 = icmp eq i8* %35, null
  br i1 %36, label %37, label %38

37:                                               ; preds = %31, %25
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

38:                                               ; preds = %31
  %39 = icmp ugt i64 %29, 4095
  br i1 %39, label %40, label %41

40:                                               ; preds = %38
  tail call fastcc void @advise_big(i8* noundef nonnull %35, i64 noundef %29) #37
  br label %41

41:                                               ; preds = %40, %38
  store i8* %35, i8** %11, align 8, !tbaa !43
  store i64 %28, i64* %10, align 8, !tbaa !67
  %42 = load i64, i64* %9, align 8, !tbaa !45
  br label %43

43:                                               ; preds = %41, %23
  %44 = phi i64 [ %19, %23 ], [ %42, %41 ]
  %45 = phi i8* [ %24, %23 ], [ %35, %41 ]
  %46 = getelementptr inbounds i8, i8* %45, i64 16
  %47 = getelementptr inbounds i8, i8* %46, i64 %44
  %48 = bitcast i8* %47 to i16*
  store i16 8236, i16* %48, align 1
  %49 = load i64, i64* %9, align 8, !tbaa !45
  %50 = add nsw i64 %49, 2
  store i64 %50, i64* %9, align 8, !tbaa !45
  %51 = load i8*, i8** %12, align 8, !tbaa !16
  %52 = mul nsw i64 %18, %2
  %53 = getelementptr inbounds i8, i8* %51, i64 %52
  tail call void %3(%struct.EmBuf* noundef nonnull %0, i8* noundef %53) #37
  %54 = add nuw nsw i64 %18, 1
  %55 = load i64, i64* %5, align 8, !tbaa !13
  %56 = icmp slt i64 %54, %55
  br i1 %56, label %17, label %16, !llvm.loop !69
}

; Function Attrs: mustprogress nounwind willreturn
define %struct.EmStr* @ember_buf_finish(%struct.EmBuf* nocapture noundef %0) local_unnamed_addr #9 {
  %2 = bitcast %struct.EmBuf* %0 to %struct.EmStr**
  %3 = load %struct.EmStr*, %struct.EmStr** %2, align 8, !tbaa !43
  %4 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !45
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %3, i64 0, i32 0
  store i64 %5, i64* %6, align 8, !tbaa !11
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %3, i64 0, i32 1
  store i64 0, i64* %7, align 8, !tbaa !11
  %8 = load i64, i64* %4, align 8, !tbaa !45
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %3, i64 0, i32 2, i64 %8
  store i8 0, i8* %9, align 1, !tbaa !17
  %10 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %10) #37
  ret %struct.EmStr* %3
}

; Function Attrs: nounwind
define void @ember_buf_print(%struct.EmBuf* noundef %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %3 = load i8*, i8** %2, align 8, !tbaa !43
  %4 = getelementptr inbounds i8, i8* %3, i64 16
  %5 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !45
  tail call fastcc void @out_write(i8* noundef nonnull %4, i64 noundef %6)
  %7 = load i8*, i8** %2, align 8, !tbaa !43
  tail call void @free(i8* noundef %7) #37
  %8 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %8) #37
  ret void
}

; Function Attrs: nofree nounwind
define internal fastcc void @out_write(i8* noundef readonly %0, i64 noundef %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %3, %2
  %4 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %5 = and i8 %4, 1
  %6 = icmp eq i8 %5, 0
  br i1 %6, label %7, label %3, !llvm.loop !9

7:                                                ; preds = %3
  %8 = load i64, i64* @em_out_len, align 8, !tbaa !11
  %9 = add nsw i64 %8, %1
  %10 = icmp sgt i64 %9, 65536
  br i1 %10, label %11, label %31

11:                                               ; preds = %7, %15
  %12 = phi i64 [ %19, %15 ], [ %8, %7 ]
  %13 = phi i8* [ %18, %15 ], [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %7 ]
  %14 = icmp sgt i64 %12, 0
  br i1 %14, label %15, label %20

15:                                               ; preds = %11
  %16 = tail call i64 @write(i32 noundef 1, i8* noundef %13, i64 noundef %12) #37
  %17 = icmp sgt i64 %16, -1
  %18 = getelementptr inbounds i8, i8* %13, i64 %16
  %19 = sub nsw i64 %12, %16
  br i1 %17, label %11, label %20

20:                                               ; preds = %11, %15
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  %21 = icmp sgt i64 %1, 65536
  br i1 %21, label %22, label %31

22:                                               ; preds = %20, %26
  %23 = phi i64 [ %30, %26 ], [ %1, %20 ]
  %24 = phi i8* [ %29, %26 ], [ %0, %20 ]
  %25 = icmp sgt i64 %23, 0
  br i1 %25, label %26, label %50

26:                                               ; preds = %22
  %27 = tail call i64 @write(i32 noundef 1, i8* noundef %24, i64 noundef %23) #37
  %28 = icmp sgt i64 %27, -1
  %29 = getelementptr inbounds i8, i8* %24, i64 %27
  %30 = sub nsw i64 %23, %27
  br i1 %28, label %22, label %50

31:                                               ; preds = %20, %7
  %32 = phi i64 [ %8, %7 ], [ 0, %20 ]
  %33 = getelementptr inbounds [65536 x i8], [65536 x i8]* @em_out, i64 0, i64 %32
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %33, i8* align 1 %0, i64 %1, i1 false)
  %34 = add nsw i64 %32, %1
  store i64 %34, i64* @em_out_len, align 8, !tbaa !11
  %35 = load i32, i32* @em_out_line, align 4, !tbaa !3
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %50, label %37

37:                                               ; preds = %31
  %38 = tail call i8* @memchr(i8* noundef %0, i32 noundef 10, i64 noundef %1) #39
  %39 = icmp eq i8* %38, null
  br i1 %39, label %50, label %40

40:                                               ; preds = %37, %44
  %41 = phi i64 [ %48, %44 ], [ %34, %37 ]
  %42 = phi i8* [ %47, %44 ], [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %37 ]
  %43 = icmp sgt i64 %41, 0
  br i1 %43, label %44, label %49

44:                                               ; preds = %40
  %45 = tail call i64 @write(i32 noundef 1, i8* noundef %42, i64 noundef %41) #37
  %46 = icmp sgt i64 %45, -1
  %47 = getelementptr inbounds i8, i8* %42, i64 %45
  %48 = sub nsw i64 %41, %45
  br i1 %46, label %40, label %49

49:                                               ; preds = %40, %44
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %26, %22, %31, %37, %49
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  ret void
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_dup(%struct.EmStr* noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %3 = load i64, i64* %2, align 8, !tbaa !11
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %5, label %27

5:                                                ; preds = %1
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = add nsw i64 %8, 17
  %10 = icmp sgt i64 %8, -18
  br i1 %10, label %11, label %16

11:                                               ; preds = %5
  %12 = icmp eq i64 %9, 0
  %13 = select i1 %12, i64 1, i64 %9
  %14 = tail call noalias i8* @malloc(i64 noundef %13) #37
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %11, %5
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

17:                                               ; preds = %11
  %18 = icmp ugt i64 %9, 4095
  br i1 %18, label %19, label %20

19:                                               ; preds = %17
  tail call fastcc void @advise_big(i8* noundef nonnull %14, i64 noundef %9) #37
  br label %20

20:                                               ; preds = %17, %19
  %21 = bitcast i8* %14 to %struct.EmStr*
  %22 = bitcast i8* %14 to i64*
  store i64 %8, i64* %22, align 8, !tbaa !11
  %23 = getelementptr inbounds i8, i8* %14, i64 8
  %24 = bitcast i8* %23 to i64*
  store i64 0, i64* %24, align 8, !tbaa !11
  %25 = getelementptr inbounds i8, i8* %14, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %25, i8* nonnull align 1 %6, i64 %8, i1 false) #37
  %26 = getelementptr inbounds i8, i8* %25, i64 %8
  store i8 0, i8* %26, align 1, !tbaa !17
  br label %27

27:                                               ; preds = %1, %20
  %28 = phi %struct.EmStr* [ %21, %20 ], [ %0, %1 ]
  ret %struct.EmStr* %28
}

; Function Attrs: mustprogress nounwind willreturn
define void @ember_str_free(%struct.EmStr* noundef %0) local_unnamed_addr #9 {
  %2 = icmp eq %struct.EmStr* %0, null
  br i1 %2, label %9, label %3

3:                                                ; preds = %1
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !11
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %3
  %8 = bitcast %struct.EmStr* %0 to i8*
  tail call void @free(i8* noundef %8) #37
  br label %9

9:                                                ; preds = %7, %3, %1
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind readonly
define i64 @ember_str_len(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #15 {
  %2 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %3 = load i64, i64* %2, align 8, !tbaa !11
  %4 = icmp sgt i64 %3, 0
  br i1 %4, label %5, label %95

5:                                                ; preds = %1
  %6 = icmp ult i64 %3, 4
  br i1 %6, label %81, label %7

7:                                                ; preds = %5
  %8 = and i64 %3, -4
  %9 = add i64 %8, -4
  %10 = lshr exact i64 %9, 2
  %11 = add nuw nsw i64 %10, 1
  %12 = and i64 %11, 1
  %13 = icmp eq i64 %9, 0
  br i1 %13, label %53, label %14

14:                                               ; preds = %7
  %15 = and i64 %11, 9223372036854775806
  br label %16

16:                                               ; preds = %16, %14
  %17 = phi i64 [ 0, %14 ], [ %50, %16 ]
  %18 = phi <2 x i64> [ zeroinitializer, %14 ], [ %48, %16 ]
  %19 = phi <2 x i64> [ zeroinitializer, %14 ], [ %49, %16 ]
  %20 = phi i64 [ 0, %14 ], [ %51, %16 ]
  %21 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %17
  %22 = bitcast i8* %21 to <2 x i8>*
  %23 = load <2 x i8>, <2 x i8>* %22, align 1, !tbaa !17
  %24 = getelementptr inbounds i8, i8* %21, i64 2
  %25 = bitcast i8* %24 to <2 x i8>*
  %26 = load <2 x i8>, <2 x i8>* %25, align 1, !tbaa !17
  %27 = and <2 x i8> %23, <i8 -64, i8 -64>
  %28 = and <2 x i8> %26, <i8 -64, i8 -64>
  %29 = icmp ne <2 x i8> %27, <i8 -128, i8 -128>
  %30 = icmp ne <2 x i8> %28, <i8 -128, i8 -128>
  %31 = zext <2 x i1> %29 to <2 x i64>
  %32 = zext <2 x i1> %30 to <2 x i64>
  %33 = add <2 x i64> %18, %31
  %34 = add <2 x i64> %19, %32
  %35 = or i64 %17, 4
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %35
  %37 = bitcast i8* %36 to <2 x i8>*
  %38 = load <2 x i8>, <2 x i8>* %37, align 1, !tbaa !17
  %39 = getelementptr inbounds i8, i8* %36, i64 2
  %40 = bitcast i8* %39 to <2 x i8>*
  %41 = load <2 x i8>, <2 x i8>* %40, align 1, !tbaa !17
  %42 = and <2 x i8> %38, <i8 -64, i8 -64>
  %43 = and <2 x i8> %41, <i8 -64, i8 -64>
  %44 = icmp ne <2 x i8> %42, <i8 -128, i8 -128>
  %45 = icmp ne <2 x i8> %43, <i8 -128, i8 -128>
  %46 = zext <2 x i1> %44 to <2 x i64>
  %47 = zext <2 x i1> %45 to <2 x i64>
  %48 = add <2 x i64> %33, %46
  %49 = add <2 x i64> %34, %47
  %50 = add nuw i64 %17, 8
  %51 = add i64 %20, 2
  %52 = icmp eq i64 %51, %15
  br i1 %52, label %53, label %16, !llvm.loop !71

53:                                               ; preds = %16, %7
  %54 = phi <2 x i64> [ undef, %7 ], [ %48, %16 ]
  %55 = phi <2 x i64> [ undef, %7 ], [ %49, %16 ]
  %56 = phi i64 [ 0, %7 ], [ %50, %16 ]
  %57 = phi <2 x i64> [ zeroinitializer, %7 ], [ %48, %16 ]
  %58 = phi <2 x i64> [ zeroinitializer, %7 ], [ %49, %16 ]
  %59 = icmp eq i64 %12, 0
  br i1 %59, label %75, label %60

60:                                               ; preds = %53
  %61 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %56
  %62 = bitcast i8* %61 to <2 x i8>*
  %63 = load <2 x i8>, <2 x i8>* %62, align 1, !tbaa !17
  %64 = getelementptr inbounds i8, i8* %61, i64 2
  %65 = bitcast i8* %64 to <2 x i8>*
  %66 = load <2 x i8>, <2 x i8>* %65, align 1, !tbaa !17
  %67 = and <2 x i8> %63, <i8 -64, i8 -64>
  %68 = and <2 x i8> %66, <i8 -64, i8 -64>
  %69 = icmp ne <2 x i8> %67, <i8 -128, i8 -128>
  %70 = icmp ne <2 x i8> %68, <i8 -128, i8 -128>
  %71 = zext <2 x i1> %69 to <2 x i64>
  %72 = zext <2 x i1> %70 to <2 x i64>
  %73 = add <2 x i64> %57, %71
  %74 = add <2 x i64> %58, %72
  br label %75

75:                                               ; preds = %53, %60
  %76 = phi <2 x i64> [ %54, %53 ], [ %73, %60 ]
  %77 = phi <2 x i64> [ %55, %53 ], [ %74, %60 ]
  %78 = add <2 x i64> %77, %76
  %79 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %78)
  %80 = icmp eq i64 %3, %8
  br i1 %80, label %95, label %81

81:                                               ; preds = %5, %75
  %82 = phi i64 [ 0, %5 ], [ %8, %75 ]
  %83 = phi i64 [ 0, %5 ], [ %79, %75 ]
  br label %84

84:                                               ; preds = %81, %84
  %85 = phi i64 [ %93, %84 ], [ %82, %81 ]
  %86 = phi i64 [ %92, %84 ], [ %83, %81 ]
  %87 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %85
  %88 = load i8, i8* %87, align 1, !tbaa !17
  %89 = and i8 %88, -64
  %90 = icmp ne i8 %89, -128
  %91 = zext i1 %90 to i64
  %92 = add nuw nsw i64 %86, %91
  %93 = add nuw nsw i64 %85, 1
  %94 = icmp eq i64 %93, %3
  br i1 %94, label %95, label %84, !llvm.loop !73

95:                                               ; preds = %84, %75, %1
  %96 = phi i64 [ 0, %1 ], [ %79, %75 ], [ %92, %84 ]
  ret i64 %96
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_concat(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = add nsw i64 %4, 16
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !11
  %8 = add nsw i64 %5, %7
  %9 = add nsw i64 %8, 1
  %10 = icmp sgt i64 %8, -2
  br i1 %10, label %11, label %16

11:                                               ; preds = %2
  %12 = icmp eq i64 %9, 0
  %13 = select i1 %12, i64 1, i64 %9
  %14 = tail call noalias i8* @malloc(i64 noundef %13) #37
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %11, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

17:                                               ; preds = %11
  %18 = icmp ugt i64 %9, 4095
  br i1 %18, label %19, label %22

19:                                               ; preds = %17
  tail call fastcc void @advise_big(i8* noundef nonnull %14, i64 noundef %9) #37
  %20 = load i64, i64* %3, align 8, !tbaa !11
  %21 = load i64, i64* %6, align 8, !tbaa !11
  br label %22

22:                                               ; preds = %17, %19
  %23 = phi i64 [ %7, %17 ], [ %21, %19 ]
  %24 = phi i64 [ %4, %17 ], [ %20, %19 ]
  %25 = bitcast i8* %14 to %struct.EmStr*
  %26 = add nsw i64 %23, %24
  %27 = bitcast i8* %14 to i64*
  store i64 %26, i64* %27, align 8, !tbaa !11
  %28 = getelementptr inbounds i8, i8* %14, i64 8
  %29 = bitcast i8* %28 to i64*
  store i64 0, i64* %29, align 8, !tbaa !11
  %30 = getelementptr inbounds i8, i8* %14, i64 16
  %31 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %30, i8* nonnull align 8 %31, i64 %24, i1 false)
  %32 = getelementptr inbounds i8, i8* %30, i64 %24
  %33 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %32, i8* nonnull align 8 %33, i64 %23, i1 false)
  %34 = load i64, i64* %27, align 8, !tbaa !11
  %35 = getelementptr inbounds i8, i8* %30, i64 %34
  store i8 0, i8* %35, align 1, !tbaa !17
  ret %struct.EmStr* %25
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_append(%struct.EmStr* noundef %0, %struct.EmStr* noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = icmp eq i64 %4, 0
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !11
  br i1 %5, label %39, label %8

8:                                                ; preds = %2
  %9 = add nsw i64 %7, 16
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %11 = load i64, i64* %10, align 8, !tbaa !11
  %12 = add nsw i64 %9, %11
  %13 = add nsw i64 %12, 1
  %14 = icmp sgt i64 %12, -2
  br i1 %14, label %15, label %20

15:                                               ; preds = %8
  %16 = icmp eq i64 %13, 0
  %17 = select i1 %16, i64 1, i64 %13
  %18 = tail call noalias i8* @malloc(i64 noundef %17) #37
  %19 = icmp eq i8* %18, null
  br i1 %19, label %20, label %21

20:                                               ; preds = %15, %8
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

21:                                               ; preds = %15
  %22 = icmp ugt i64 %13, 4095
  br i1 %22, label %23, label %26

23:                                               ; preds = %21
  tail call fastcc void @advise_big(i8* noundef nonnull %18, i64 noundef %13) #37
  %24 = load i64, i64* %6, align 8, !tbaa !11
  %25 = load i64, i64* %10, align 8, !tbaa !11
  br label %26

26:                                               ; preds = %21, %23
  %27 = phi i64 [ %11, %21 ], [ %25, %23 ]
  %28 = phi i64 [ %7, %21 ], [ %24, %23 ]
  %29 = add nsw i64 %28, %27
  %30 = bitcast i8* %18 to i64*
  store i64 %29, i64* %30, align 8, !tbaa !11
  %31 = getelementptr inbounds i8, i8* %18, i64 8
  %32 = bitcast i8* %31 to i64*
  store i64 0, i64* %32, align 8, !tbaa !11
  %33 = getelementptr inbounds i8, i8* %18, i64 16
  %34 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %33, i8* nonnull align 8 %34, i64 %28, i1 false) #37
  %35 = getelementptr inbounds i8, i8* %33, i64 %28
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %35, i8* nonnull align 8 %36, i64 %27, i1 false) #37
  %37 = load i64, i64* %30, align 8, !tbaa !11
  %38 = getelementptr inbounds i8, i8* %33, i64 %37
  br label %72

39:                                               ; preds = %2
  %40 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %41 = load i64, i64* %40, align 8, !tbaa !11
  %42 = add nsw i64 %41, %7
  %43 = add nsw i64 %42, 17
  %44 = icmp sgt i64 %42, 47
  br i1 %44, label %45, label %50

45:                                               ; preds = %39
  %46 = add nuw nsw i64 %42, 16
  %47 = tail call i64 @llvm.ctlz.i64(i64 %46, i1 true), !range !75
  %48 = sub nuw nsw i64 64, %47
  %49 = shl nuw i64 1, %48
  br label %50

50:                                               ; preds = %45, %39
  %51 = phi i64 [ %49, %45 ], [ %43, %39 ]
  %52 = icmp eq %struct.EmStr* %0, %1
  %53 = icmp sgt i64 %51, -1
  br i1 %53, label %54, label %60

54:                                               ; preds = %50
  %55 = bitcast %struct.EmStr* %0 to i8*
  %56 = icmp eq i64 %51, 0
  %57 = select i1 %56, i64 1, i64 %51
  %58 = tail call i8* @realloc(i8* noundef %55, i64 noundef %57) #37
  %59 = icmp eq i8* %58, null
  br i1 %59, label %60, label %61

60:                                               ; preds = %54, %50
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

61:                                               ; preds = %54
  %62 = icmp ugt i64 %51, 4095
  br i1 %62, label %63, label %64

63:                                               ; preds = %61
  tail call fastcc void @advise_big(i8* noundef nonnull %58, i64 noundef %51) #37
  br label %64

64:                                               ; preds = %61, %63
  %65 = getelementptr inbounds i8, i8* %58, i64 16
  %66 = bitcast i8* %58 to i64*
  %67 = load i64, i64* %66, align 8, !tbaa !11
  %68 = getelementptr inbounds i8, i8* %65, i64 %67
  %69 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %70 = select i1 %52, i8* %65, i8* %69
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %68, i8* nonnull align 1 %70, i64 %41, i1 false)
  store i64 %42, i64* %66, align 8, !tbaa !11
  %71 = getelementptr inbounds i8, i8* %65, i64 %42
  br label %72

72:                                               ; preds = %64, %26
  %73 = phi i8* [ %71, %64 ], [ %38, %26 ]
  %74 = phi i8* [ %58, %64 ], [ %18, %26 ]
  store i8 0, i8* %73, align 1, !tbaa !17
  %75 = bitcast i8* %74 to %struct.EmStr*
  ret %struct.EmStr* %75
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #5

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_repeat(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i64 %1, 0
  %4 = select i1 %3, i64 %1, i64 0
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp sgt i64 %6, -1
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %6, i64 %4) #37
  %10 = extractvalue { i64, i1 } %9, 1
  br i1 %10, label %11, label %12

11:                                               ; preds = %8, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %8
  %13 = extractvalue { i64, i1 } %9, 0
  %14 = add nsw i64 %13, 17
  %15 = icmp sgt i64 %13, -18
  br i1 %15, label %16, label %21

16:                                               ; preds = %12
  %17 = icmp eq i64 %14, 0
  %18 = select i1 %17, i64 1, i64 %14
  %19 = tail call noalias i8* @malloc(i64 noundef %18) #37
  %20 = icmp eq i8* %19, null
  br i1 %20, label %21, label %22

21:                                               ; preds = %16, %12
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

22:                                               ; preds = %16
  %23 = icmp ugt i64 %14, 4095
  br i1 %23, label %24, label %25

24:                                               ; preds = %22
  tail call fastcc void @advise_big(i8* noundef nonnull %19, i64 noundef %14) #37
  br label %25

25:                                               ; preds = %22, %24
  %26 = bitcast i8* %19 to i64*
  store i64 %13, i64* %26, align 8, !tbaa !11
  %27 = getelementptr inbounds i8, i8* %19, i64 8
  %28 = bitcast i8* %27 to i64*
  store i64 0, i64* %28, align 8, !tbaa !11
  br i1 %3, label %29, label %49

29:                                               ; preds = %25
  %30 = getelementptr inbounds i8, i8* %19, i64 16
  %31 = load i64, i64* %5, align 8, !tbaa !11
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %33 = add nsw i64 %4, -1
  %34 = and i64 %4, 3
  %35 = icmp ult i64 %33, 3
  br i1 %35, label %38, label %36

36:                                               ; preds = %29
  %37 = and i64 %4, 9223372036854775804
  br label %53

38:                                               ; preds = %53, %29
  %39 = phi i64 [ 0, %29 ], [ %67, %53 ]
  %40 = icmp eq i64 %34, 0
  br i1 %40, label %49, label %41

41:                                               ; preds = %38, %41
  %42 = phi i64 [ %46, %41 ], [ %39, %38 ]
  %43 = phi i64 [ %47, %41 ], [ 0, %38 ]
  %44 = mul nsw i64 %31, %42
  %45 = getelementptr inbounds i8, i8* %30, i64 %44
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %45, i8* nonnull align 8 %32, i64 %31, i1 false)
  %46 = add nuw nsw i64 %42, 1
  %47 = add i64 %43, 1
  %48 = icmp eq i64 %47, %34
  br i1 %48, label %49, label %41, !llvm.loop !76

49:                                               ; preds = %38, %41, %25
  %50 = bitcast i8* %19 to %struct.EmStr*
  %51 = getelementptr inbounds i8, i8* %19, i64 16
  %52 = getelementptr inbounds i8, i8* %51, i64 %13
  store i8 0, i8* %52, align 1, !tbaa !17
  ret %struct.EmStr* %50

53:                                               ; preds = %53, %36
  %54 = phi i64 [ 0, %36 ], [ %67, %53 ]
  %55 = phi i64 [ 0, %36 ], [ %68, %53 ]
  %56 = mul nsw i64 %31, %54
  %57 = getelementptr inbounds i8, i8* %30, i64 %56
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %57, i8* nonnull align 8 %32, i64 %31, i1 false)
  %58 = or i64 %54, 1
  %59 = mul nsw i64 %31, %58
  %60 = getelementptr inbounds i8, i8* %30, i64 %59
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %60, i8* nonnull align 8 %32, i64 %31, i1 false)
  %61 = or i64 %54, 2
  %62 = mul nsw i64 %31, %61
  %63 = getelementptr inbounds i8, i8* %30, i64 %62
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %63, i8* nonnull align 8 %32, i64 %31, i1 false)
  %64 = or i64 %54, 3
  %65 = mul nsw i64 %31, %64
  %66 = getelementptr inbounds i8, i8* %30, i64 %65
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %66, i8* nonnull align 8 %32, i64 %31, i1 false)
  %67 = add nuw nsw i64 %54, 4
  %68 = add i64 %55, 4
  %69 = icmp eq i64 %68, %37
  br i1 %69, label %38, label %53, !llvm.loop !78
}

; Function Attrs: mustprogress nofree nounwind readonly willreturn
define i32 @ember_str_eq(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #16 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp eq i64 %4, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %2
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %11 = tail call i32 @bcmp(i8* nonnull %9, i8* nonnull %10, i64 %4)
  %12 = icmp eq i32 %11, 0
  %13 = zext i1 %12 to i32
  br label %14

14:                                               ; preds = %8, %2
  %15 = phi i32 [ 0, %2 ], [ %13, %8 ]
  ret i32 %15
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i32 @memcmp(i8* nocapture noundef, i8* nocapture noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind readonly willreturn
define i32 @ember_str_cmp(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #16 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %4 = load i8, i8* %3, align 8, !tbaa !17
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %6 = load i8, i8* %5, align 8, !tbaa !17
  %7 = icmp eq i8 %4, %6
  %8 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !11
  br i1 %7, label %19, label %10

10:                                               ; preds = %2
  %11 = icmp eq i64 %9, 0
  br i1 %11, label %19, label %12

12:                                               ; preds = %10
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %14 = load i64, i64* %13, align 8, !tbaa !11
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %19, label %16

16:                                               ; preds = %12
  %17 = icmp ult i8 %4, %6
  %18 = select i1 %17, i32 -1, i32 1
  br label %34

19:                                               ; preds = %2, %12, %10
  %20 = phi i64 [ %9, %12 ], [ 0, %10 ], [ %9, %2 ]
  %21 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %22 = load i64, i64* %21, align 8, !tbaa !11
  %23 = icmp slt i64 %20, %22
  %24 = select i1 %23, i64 %20, i64 %22
  %25 = tail call i32 @memcmp(i8* noundef nonnull %3, i8* noundef nonnull %5, i64 noundef %24) #39
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %30, label %27

27:                                               ; preds = %19
  %28 = icmp sgt i32 %25, -1
  %29 = select i1 %28, i32 1, i32 -1
  br label %34

30:                                               ; preds = %19
  %31 = icmp sgt i64 %20, %22
  %32 = zext i1 %31 to i32
  %33 = select i1 %23, i32 -1, i32 %32
  br label %34

34:                                               ; preds = %27, %30, %16
  %35 = phi i32 [ %18, %16 ], [ %29, %27 ], [ %33, %30 ]
  ret i32 %35
}

; Function Attrs: nofree nounwind readonly
define i32 @ember_str_contains(%struct.EmStr* noundef %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #17 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !11
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %10, label %12

10:                                               ; preds = %2
  %11 = ashr i64 %5, 63
  br label %38

12:                                               ; preds = %2
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %5
  %14 = sub i64 0, %8
  %15 = getelementptr inbounds i8, i8* %13, i64 %14
  %16 = getelementptr inbounds i8, i8* %15, i64 1
  %17 = icmp ult i8* %3, %16
  br i1 %17, label %18, label %38

18:                                               ; preds = %12
  %19 = load i8, i8* %6, align 1, !tbaa !17
  %20 = sext i8 %19 to i32
  %21 = ptrtoint i8* %16 to i64
  br label %22

22:                                               ; preds = %35, %18
  %23 = phi i8* [ %3, %18 ], [ %36, %35 ]
  %24 = ptrtoint i8* %23 to i64
  %25 = sub i64 %21, %24
  %26 = tail call i8* @memchr(i8* noundef nonnull %23, i32 noundef %20, i64 noundef %25) #39
  %27 = icmp eq i8* %26, null
  br i1 %27, label %38, label %28

28:                                               ; preds = %22
  %29 = tail call i32 @bcmp(i8* nonnull %26, i8* nonnull %6, i64 %8) #37
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %35

31:                                               ; preds = %28
  %32 = ptrtoint i8* %26 to i64
  %33 = ptrtoint i8* %3 to i64
  %34 = sub i64 %32, %33
  br label %38

35:                                               ; preds = %28
  %36 = getelementptr inbounds i8, i8* %26, i64 1
  %37 = icmp ult i8* %26, %15
  br i1 %37, label %22, label %38, !llvm.loop !79

38:                                               ; preds = %22, %35, %10, %12, %31
  %39 = phi i64 [ %11, %10 ], [ %34, %31 ], [ -1, %12 ], [ -1, %35 ], [ -1, %22 ]
  %40 = lshr i64 %39, 63
  %41 = trunc i64 %40 to i32
  %42 = xor i32 %41, 1
  ret i32 %42
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_index(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !11
  %8 = icmp sgt i64 %7, 0
  br i1 %8, label %9, label %99

9:                                                ; preds = %5
  %10 = icmp ult i64 %7, 4
  br i1 %10, label %85, label %11

11:                                               ; preds = %9
  %12 = and i64 %7, -4
  %13 = add i64 %12, -4
  %14 = lshr exact i64 %13, 2
  %15 = add nuw nsw i64 %14, 1
  %16 = and i64 %15, 1
  %17 = icmp eq i64 %13, 0
  br i1 %17, label %57, label %18

18:                                               ; preds = %11
  %19 = and i64 %15, 9223372036854775806
  br label %20

20:                                               ; preds = %20, %18
  %21 = phi i64 [ 0, %18 ], [ %54, %20 ]
  %22 = phi <2 x i64> [ zeroinitializer, %18 ], [ %52, %20 ]
  %23 = phi <2 x i64> [ zeroinitializer, %18 ], [ %53, %20 ]
  %24 = phi i64 [ 0, %18 ], [ %55, %20 ]
  %25 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %21
  %26 = bitcast i8* %25 to <2 x i8>*
  %27 = load <2 x i8>, <2 x i8>* %26, align 1, !tbaa !17
  %28 = getelementptr inbounds i8, i8* %25, i64 2
  %29 = bitcast i8* %28 to <2 x i8>*
  %30 = load <2 x i8>, <2 x i8>* %29, align 1, !tbaa !17
  %31 = and <2 x i8> %27, <i8 -64, i8 -64>
  %32 = and <2 x i8> %30, <i8 -64, i8 -64>
  %33 = icmp ne <2 x i8> %31, <i8 -128, i8 -128>
  %34 = icmp ne <2 x i8> %32, <i8 -128, i8 -128>
  %35 = zext <2 x i1> %33 to <2 x i64>
  %36 = zext <2 x i1> %34 to <2 x i64>
  %37 = add <2 x i64> %22, %35
  %38 = add <2 x i64> %23, %36
  %39 = or i64 %21, 4
  %40 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %39
  %41 = bitcast i8* %40 to <2 x i8>*
  %42 = load <2 x i8>, <2 x i8>* %41, align 1, !tbaa !17
  %43 = getelementptr inbounds i8, i8* %40, i64 2
  %44 = bitcast i8* %43 to <2 x i8>*
  %45 = load <2 x i8>, <2 x i8>* %44, align 1, !tbaa !17
  %46 = and <2 x i8> %42, <i8 -64, i8 -64>
  %47 = and <2 x i8> %45, <i8 -64, i8 -64>
  %48 = icmp ne <2 x i8> %46, <i8 -128, i8 -128>
  %49 = icmp ne <2 x i8> %47, <i8 -128, i8 -128>
  %50 = zext <2 x i1> %48 to <2 x i64>
  %51 = zext <2 x i1> %49 to <2 x i64>
  %52 = add <2 x i64> %37, %50
  %53 = add <2 x i64> %38, %51
  %54 = add nuw i64 %21, 8
  %55 = add i64 %24, 2
  %56 = icmp eq i64 %55, %19
  br i1 %56, label %57, label %20, !llvm.loop !80

57:                                               ; preds = %20, %11
  %58 = phi <2 x i64> [ undef, %11 ], [ %52, %20 ]
  %59 = phi <2 x i64> [ undef, %11 ], [ %53, %20 ]
  %60 = phi i64 [ 0, %11 ], [ %54, %20 ]
  %61 = phi <2 x i64> [ zeroinitializer, %11 ], [ %52, %20 ]
  %62 = phi <2 x i64> [ zeroinitializer, %11 ], [ %53, %20 ]
  %63 = icmp eq i64 %16, 0
  br i1 %63, label %79, label %64

64:                                               ; preds = %57
  %65 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %60
  %66 = bitcast i8* %65 to <2 x i8>*
  %67 = load <2 x i8>, <2 x i8>* %66, align 1, !tbaa !17
  %68 = getelementptr inbounds i8, i8* %65, i64 2
  %69 = bitcast i8* %68 to <2 x i8>*
  %70 = load <2 x i8>, <2 x i8>* %69, align 1, !tbaa !17
  %71 = and <2 x i8> %67, <i8 -64, i8 -64>
  %72 = and <2 x i8> %70, <i8 -64, i8 -64>
  %73 = icmp ne <2 x i8> %71, <i8 -128, i8 -128>
  %74 = icmp ne <2 x i8> %72, <i8 -128, i8 -128>
  %75 = zext <2 x i1> %73 to <2 x i64>
  %76 = zext <2 x i1> %74 to <2 x i64>
  %77 = add <2 x i64> %61, %75
  %78 = add <2 x i64> %62, %76
  br label %79

79:                                               ; preds = %57, %64
  %80 = phi <2 x i64> [ %58, %57 ], [ %77, %64 ]
  %81 = phi <2 x i64> [ %59, %57 ], [ %78, %64 ]
  %82 = add <2 x i64> %81, %80
  %83 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %82)
  %84 = icmp eq i64 %7, %12
  br i1 %84, label %99, label %85

85:                                               ; preds = %9, %79
  %86 = phi i64 [ 0, %9 ], [ %12, %79 ]
  %87 = phi i64 [ 0, %9 ], [ %83, %79 ]
  br label %88

88:                                               ; preds = %85, %88
  %89 = phi i64 [ %97, %88 ], [ %86, %85 ]
  %90 = phi i64 [ %96, %88 ], [ %87, %85 ]
  %91 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %89
  %92 = load i8, i8* %91, align 1, !tbaa !17
  %93 = and i8 %92, -64
  %94 = icmp ne i8 %93, -128
  %95 = zext i1 %94 to i64
  %96 = add nuw nsw i64 %90, %95
  %97 = add nuw nsw i64 %89, 1
  %98 = icmp eq i64 %97, %7
  br i1 %98, label %99, label %88, !llvm.loop !81

99:                                               ; preds = %88, %79, %5
  %100 = phi i64 [ 0, %5 ], [ %83, %79 ], [ %96, %88 ]
  %101 = icmp slt i64 %1, 0
  %102 = select i1 %101, i64 %100, i64 0
  %103 = add i64 %102, %1
  %104 = icmp sgt i64 %103, -1
  %105 = icmp sgt i64 %100, %103
  %106 = select i1 %104, i1 %105, i1 false
  br i1 %106, label %108, label %107

107:                                              ; preds = %99
  tail call void @ember_fault(i32 noundef 0, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.8, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable

108:                                              ; preds = %99
  %109 = icmp eq i64 %100, %7
  br i1 %109, label %212, label %110

110:                                              ; preds = %108
  %111 = icmp sgt i64 %100, -1
  %112 = sdiv i64 %100, 2
  %113 = icmp slt i64 %112, %103
  %114 = and i1 %111, %113
  br i1 %114, label %115, label %134

115:                                              ; preds = %110
  %116 = sub i64 %100, %103
  %117 = add i64 %103, 1
  %118 = and i64 %116, 1
  %119 = icmp eq i64 %118, 0
  br i1 %119, label %129, label %120

120:                                              ; preds = %115, %120
  %121 = phi i64 [ %122, %120 ], [ %7, %115 ]
  %122 = add nsw i64 %121, -1
  %123 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %122
  %124 = load i8, i8* %123, align 1, !tbaa !17
  %125 = and i8 %124, -64
  %126 = icmp eq i8 %125, -128
  br i1 %126, label %120, label %127, !llvm.loop !82

127:                                              ; preds = %120
  %128 = add nsw i64 %100, -1
  br label %129

129:                                              ; preds = %127, %115
  %130 = phi i64 [ %100, %115 ], [ %128, %127 ]
  %131 = phi i64 [ %7, %115 ], [ %122, %127 ]
  %132 = phi i64 [ undef, %115 ], [ %122, %127 ]
  %133 = icmp eq i64 %100, %117
  br i1 %133, label %212, label %142

134:                                              ; preds = %110
  %135 = icmp eq i64 %103, 0
  br i1 %135, label %212, label %136

136:                                              ; preds = %134
  %137 = add i64 %102, %1
  %138 = and i64 %103, 1
  %139 = icmp eq i64 %137, 1
  br i1 %139, label %195, label %140

140:                                              ; preds = %136
  %141 = and i64 %103, -2
  br label %162

142:                                              ; preds = %129, %159
  %143 = phi i64 [ %160, %159 ], [ %130, %129 ]
  %144 = phi i64 [ %154, %159 ], [ %131, %129 ]
  br label %145

145:                                              ; preds = %145, %142
  %146 = phi i64 [ %147, %145 ], [ %144, %142 ]
  %147 = add nsw i64 %146, -1
  %148 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %147
  %149 = load i8, i8* %148, align 1, !tbaa !17
  %150 = and i8 %149, -64
  %151 = icmp eq i8 %150, -128
  br i1 %151, label %145, label %152, !llvm.loop !82

152:                                              ; preds = %145, %152
  %153 = phi i64 [ %154, %152 ], [ %147, %145 ]
  %154 = add nsw i64 %153, -1
  %155 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %154
  %156 = load i8, i8* %155, align 1, !tbaa !17
  %157 = and i8 %156, -64
  %158 = icmp eq i8 %157, -128
  br i1 %158, label %152, label %159, !llvm.loop !82

159:                                              ; preds = %152
  %160 = add nsw i64 %143, -2
  %161 = icmp sgt i64 %160, %103
  br i1 %161, label %142, label %212, !llvm.loop !83

162:                                              ; preds = %191, %140
  %163 = phi i64 [ 0, %140 ], [ %192, %191 ]
  %164 = phi i64 [ 0, %140 ], [ %193, %191 ]
  %165 = add i64 %163, 1
  %166 = tail call i64 @llvm.smax.i64(i64 %7, i64 %165) #37
  %167 = add i64 %166, -1
  br label %168

168:                                              ; preds = %172, %162
  %169 = phi i64 [ %170, %172 ], [ %163, %162 ]
  %170 = add i64 %169, 1
  %171 = icmp eq i64 %169, %167
  br i1 %171, label %177, label %172

172:                                              ; preds = %168
  %173 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %170
  %174 = load i8, i8* %173, align 1, !tbaa !17
  %175 = and i8 %174, -64
  %176 = icmp eq i8 %175, -128
  br i1 %176, label %168, label %177, !llvm.loop !84

177:                                              ; preds = %172, %168
  %178 = phi i64 [ %166, %168 ], [ %170, %172 ]
  %179 = add i64 %178, 1
  %180 = tail call i64 @llvm.smax.i64(i64 %7, i64 %179) #37
  %181 = add i64 %180, -1
  br label %182

182:                                              ; preds = %186, %177
  %183 = phi i64 [ %184, %186 ], [ %178, %177 ]
  %184 = add i64 %183, 1
  %185 = icmp eq i64 %183, %181
  br i1 %185, label %191, label %186

186:                                              ; preds = %182
  %187 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %184
  %188 = load i8, i8* %187, align 1, !tbaa !17
  %189 = and i8 %188, -64
  %190 = icmp eq i8 %189, -128
  br i1 %190, label %182, label %191, !llvm.loop !84

191:                                              ; preds = %186, %182
  %192 = phi i64 [ %180, %182 ], [ %184, %186 ]
  %193 = add i64 %164, 2
  %194 = icmp eq i64 %193, %141
  br i1 %194, label %195, label %162, !llvm.loop !85

195:                                              ; preds = %191, %136
  %196 = phi i64 [ undef, %136 ], [ %192, %191 ]
  %197 = phi i64 [ 0, %136 ], [ %192, %191 ]
  %198 = icmp eq i64 %138, 0
  br i1 %198, label %212, label %199

199:                                              ; preds = %195
  %200 = add i64 %197, 1
  %201 = tail call i64 @llvm.smax.i64(i64 %7, i64 %200) #37
  %202 = add i64 %201, -1
  br label %203

203:                                              ; preds = %207, %199
  %204 = phi i64 [ %205, %207 ], [ %197, %199 ]
  %205 = add i64 %204, 1
  %206 = icmp eq i64 %204, %202
  br i1 %206, label %212, label %207

207:                                              ; preds = %203
  %208 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %205
  %209 = load i8, i8* %208, align 1, !tbaa !17
  %210 = and i8 %209, -64
  %211 = icmp eq i8 %210, -128
  br i1 %211, label %203, label %212, !llvm.loop !84

212:                                              ; preds = %195, %207, %203, %129, %159, %108, %134
  %213 = phi i64 [ %103, %108 ], [ 0, %134 ], [ %132, %129 ], [ %154, %159 ], [ %196, %195 ], [ %201, %203 ], [ %205, %207 ]
  %214 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %213
  %215 = load i8, i8* %214, align 1, !tbaa !17
  %216 = icmp sgt i8 %215, -1
  br i1 %216, label %222, label %217

217:                                              ; preds = %212
  %218 = icmp ult i8 %215, -32
  br i1 %218, label %222, label %219

219:                                              ; preds = %217
  %220 = icmp ult i8 %215, -16
  %221 = select i1 %220, i64 3, i64 4
  br label %222

222:                                              ; preds = %219, %217, %212
  %223 = phi i64 [ 1, %212 ], [ 2, %217 ], [ %221, %219 ]
  %224 = add nuw nsw i64 %223, 17
  %225 = tail call noalias i8* @malloc(i64 noundef %224) #37
  %226 = icmp eq i8* %225, null
  br i1 %226, label %227, label %228

227:                                              ; preds = %222
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

228:                                              ; preds = %222
  %229 = bitcast i8* %225 to %struct.EmStr*
  %230 = bitcast i8* %225 to i64*
  store i64 %223, i64* %230, align 8, !tbaa !11
  %231 = getelementptr inbounds i8, i8* %225, i64 8
  %232 = bitcast i8* %231 to i64*
  store i64 0, i64* %232, align 8, !tbaa !11
  %233 = getelementptr inbounds i8, i8* %225, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 %233, i8* noundef nonnull align 1 %214, i64 %223, i1 false) #37
  %234 = getelementptr inbounds i8, i8* %233, i64 %223
  store i8 0, i8* %234, align 1, !tbaa !17
  ret %struct.EmStr* %229
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_slice(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !11
  %8 = icmp sgt i64 %7, 0
  br i1 %8, label %9, label %99

9:                                                ; preds = %5
  %10 = icmp ult i64 %7, 4
  br i1 %10, label %85, label %11

11:                                               ; preds = %9
  %12 = and i64 %7, -4
  %13 = add i64 %12, -4
  %14 = lshr exact i64 %13, 2
  %15 = add nuw nsw i64 %14, 1
  %16 = and i64 %15, 1
  %17 = icmp eq i64 %13, 0
  br i1 %17, label %57, label %18

18:                                               ; preds = %11
  %19 = and i64 %15, 9223372036854775806
  br label %20

20:                                               ; preds = %20, %18
  %21 = phi i64 [ 0, %18 ], [ %54, %20 ]
  %22 = phi <2 x i64> [ zeroinitializer, %18 ], [ %52, %20 ]
  %23 = phi <2 x i64> [ zeroinitializer, %18 ], [ %53, %20 ]
  %24 = phi i64 [ 0, %18 ], [ %55, %20 ]
  %25 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %21
  %26 = bitcast i8* %25 to <2 x i8>*
  %27 = load <2 x i8>, <2 x i8>* %26, align 1, !tbaa !17
  %28 = getelementptr inbounds i8, i8* %25, i64 2
  %29 = bitcast i8* %28 to <2 x i8>*
  %30 = load <2 x i8>, <2 x i8>* %29, align 1, !tbaa !17
  %31 = and <2 x i8> %27, <i8 -64, i8 -64>
  %32 = and <2 x i8> %30, <i8 -64, i8 -64>
  %33 = icmp ne <2 x i8> %31, <i8 -128, i8 -128>
  %34 = icmp ne <2 x i8> %32, <i8 -128, i8 -128>
  %35 = zext <2 x i1> %33 to <2 x i64>
  %36 = zext <2 x i1> %34 to <2 x i64>
  %37 = add <2 x i64> %22, %35
  %38 = add <2 x i64> %23, %36
  %39 = or i64 %21, 4
  %40 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %39
  %41 = bitcast i8* %40 to <2 x i8>*
  %42 = load <2 x i8>, <2 x i8>* %41, align 1, !tbaa !17
  %43 = getelementptr inbounds i8, i8* %40, i64 2
  %44 = bitcast i8* %43 to <2 x i8>*
  %45 = load <2 x i8>, <2 x i8>* %44, align 1, !tbaa !17
  %46 = and <2 x i8> %42, <i8 -64, i8 -64>
  %47 = and <2 x i8> %45, <i8 -64, i8 -64>
  %48 = icmp ne <2 x i8> %46, <i8 -128, i8 -128>
  %49 = icmp ne <2 x i8> %47, <i8 -128, i8 -128>
  %50 = zext <2 x i1> %48 to <2 x i64>
  %51 = zext <2 x i1> %49 to <2 x i64>
  %52 = add <2 x i64> %37, %50
  %53 = add <2 x i64> %38, %51
  %54 = add nuw i64 %21, 8
  %55 = add i64 %24, 2
  %56 = icmp eq i64 %55, %19
  br i1 %56, label %57, label %20, !llvm.loop !86

57:                                               ; preds = %20, %11
  %58 = phi <2 x i64> [ undef, %11 ], [ %52, %20 ]
  %59 = phi <2 x i64> [ undef, %11 ], [ %53, %20 ]
  %60 = phi i64 [ 0, %11 ], [ %54, %20 ]
  %61 = phi <2 x i64> [ zeroinitializer, %11 ], [ %52, %20 ]
  %62 = phi <2 x i64> [ zeroinitializer, %11 ], [ %53, %20 ]
  %63 = icmp eq i64 %16, 0
  br i1 %63, label %79, label %64

64:                                               ; preds = %57
  %65 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %60
  %66 = bitcast i8* %65 to <2 x i8>*
  %67 = load <2 x i8>, <2 x i8>* %66, align 1, !tbaa !17
  %68 = getelementptr inbounds i8, i8* %65, i64 2
  %69 = bitcast i8* %68 to <2 x i8>*
  %70 = load <2 x i8>, <2 x i8>* %69, align 1, !tbaa !17
  %71 = and <2 x i8> %67, <i8 -64, i8 -64>
  %72 = and <2 x i8> %70, <i8 -64, i8 -64>
  %73 = icmp ne <2 x i8> %71, <i8 -128, i8 -128>
  %74 = icmp ne <2 x i8> %72, <i8 -128, i8 -128>
  %75 = zext <2 x i1> %73 to <2 x i64>
  %76 = zext <2 x i1> %74 to <2 x i64>
  %77 = add <2 x i64> %61, %75
  %78 = add <2 x i64> %62, %76
  br label %79

79:                                               ; preds = %57, %64
  %80 = phi <2 x i64> [ %58, %57 ], [ %77, %64 ]
  %81 = phi <2 x i64> [ %59, %57 ], [ %78, %64 ]
  %82 = add <2 x i64> %81, %80
  %83 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %82)
  %84 = icmp eq i64 %7, %12
  br i1 %84, label %99, label %85

85:                                               ; preds = %9, %79
  %86 = phi i64 [ 0, %9 ], [ %12, %79 ]
  %87 = phi i64 [ 0, %9 ], [ %83, %79 ]
  br label %88

88:                                               ; preds = %85, %88
  %89 = phi i64 [ %97, %88 ], [ %86, %85 ]
  %90 = phi i64 [ %96, %88 ], [ %87, %85 ]
  %91 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %89
  %92 = load i8, i8* %91, align 1, !tbaa !17
  %93 = and i8 %92, -64
  %94 = icmp ne i8 %93, -128
  %95 = zext i1 %94 to i64
  %96 = add nuw nsw i64 %90, %95
  %97 = add nuw nsw i64 %89, 1
  %98 = icmp eq i64 %97, %7
  br i1 %98, label %99, label %88, !llvm.loop !87

99:                                               ; preds = %88, %79, %5
  %100 = phi i64 [ 0, %5 ], [ %83, %79 ], [ %96, %88 ]
  %101 = icmp eq i64 %3, 0
  br i1 %101, label %102, label %103

102:                                              ; preds = %99
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.51, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

103:                                              ; preds = %99
  %104 = icmp slt i64 %3, 0
  %105 = ashr i64 %3, 63
  %106 = add nsw i64 %100, %105
  %107 = and i32 %4, 1
  %108 = icmp eq i32 %107, 0
  br i1 %108, label %118, label %109

109:                                              ; preds = %103
  %110 = icmp slt i64 %1, 0
  br i1 %110, label %111, label %115

111:                                              ; preds = %109
  %112 = add nsw i64 %100, %1
  %113 = icmp slt i64 %112, 0
  %114 = select i1 %113, i64 %105, i64 %112
  br label %120

115:                                              ; preds = %109
  %116 = icmp sgt i64 %100, %1
  %117 = select i1 %116, i64 %1, i64 %106
  br label %120

118:                                              ; preds = %103
  %119 = select i1 %104, i64 %106, i64 %105
  br label %120

120:                                              ; preds = %118, %115, %111
  %121 = phi i64 [ %119, %118 ], [ %114, %111 ], [ %117, %115 ]
  %122 = and i32 %4, 2
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %133, label %124

124:                                              ; preds = %120
  %125 = icmp slt i64 %2, 0
  br i1 %125, label %126, label %130

126:                                              ; preds = %124
  %127 = add nsw i64 %100, %2
  %128 = icmp slt i64 %127, 0
  %129 = select i1 %128, i64 %105, i64 %127
  br label %135

130:                                              ; preds = %124
  %131 = icmp sgt i64 %100, %2
  %132 = select i1 %131, i64 %2, i64 %106
  br label %135

133:                                              ; preds = %120
  %134 = select i1 %104, i64 %105, i64 %106
  br label %135

135:                                              ; preds = %133, %130, %126
  %136 = phi i64 [ %134, %133 ], [ %129, %126 ], [ %132, %130 ]
  br i1 %104, label %137, label %145

137:                                              ; preds = %135
  %138 = icmp sgt i64 %121, %136
  br i1 %138, label %139, label %390

139:                                              ; preds = %137
  %140 = xor i64 %136, -1
  %141 = add i64 %121, %140
  %142 = sub i64 0, %3
  %143 = udiv i64 %141, %142
  %144 = add nsw i64 %143, 1
  br label %390

145:                                              ; preds = %135
  %146 = icmp sgt i64 %136, %121
  br i1 %146, label %147, label %152

147:                                              ; preds = %145
  %148 = xor i64 %121, -1
  %149 = add i64 %136, %148
  %150 = sdiv i64 %149, %3
  %151 = add nsw i64 %150, 1
  br label %152

152:                                              ; preds = %145, %147
  %153 = phi i64 [ %151, %147 ], [ 0, %145 ]
  %154 = icmp eq i64 %3, 1
  br i1 %154, label %155, label %390

155:                                              ; preds = %152
  %156 = icmp eq i64 %100, %7
  br i1 %156, label %263, label %157

157:                                              ; preds = %155
  %158 = icmp sgt i64 %100, -1
  %159 = sdiv i64 %100, 2
  %160 = icmp slt i64 %159, %121
  %161 = and i1 %158, %160
  br i1 %161, label %169, label %162

162:                                              ; preds = %157
  %163 = icmp sgt i64 %121, 0
  br i1 %163, label %164, label %260

164:                                              ; preds = %162
  %165 = and i64 %121, 1
  %166 = icmp eq i64 %121, 1
  br i1 %166, label %243, label %167

167:                                              ; preds = %164
  %168 = and i64 %121, -2
  br label %210

169:                                              ; preds = %157
  %170 = icmp sgt i64 %100, %121
  br i1 %170, label %171, label %260

171:                                              ; preds = %169
  %172 = sub i64 %100, %121
  %173 = add i64 %121, 1
  %174 = and i64 %172, 1
  %175 = icmp eq i64 %174, 0
  br i1 %175, label %185, label %176

176:                                              ; preds = %171, %176
  %177 = phi i64 [ %178, %176 ], [ %7, %171 ]
  %178 = add nsw i64 %177, -1
  %179 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %178
  %180 = load i8, i8* %179, align 1, !tbaa !17
  %181 = and i8 %180, -64
  %182 = icmp eq i8 %181, -128
  br i1 %182, label %176, label %183, !llvm.loop !82

183:                                              ; preds = %176
  %184 = add nsw i64 %100, -1
  br label %185

185:                                              ; preds = %183, %171
  %186 = phi i64 [ %100, %171 ], [ %184, %183 ]
  %187 = phi i64 [ %7, %171 ], [ %178, %183 ]
  %188 = phi i64 [ undef, %171 ], [ %178, %183 ]
  %189 = icmp eq i64 %100, %173
  br i1 %189, label %260, label %190

190:                                              ; preds = %185, %207
  %191 = phi i64 [ %208, %207 ], [ %186, %185 ]
  %192 = phi i64 [ %202, %207 ], [ %187, %185 ]
  br label %193

193:                                              ; preds = %193, %190
  %194 = phi i64 [ %195, %193 ], [ %192, %190 ]
  %195 = add nsw i64 %194, -1
  %196 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %195
  %197 = load i8, i8* %196, align 1, !tbaa !17
  %198 = and i8 %197, -64
  %199 = icmp eq i8 %198, -128
  br i1 %199, label %193, label %200, !llvm.loop !82

200:                                              ; preds = %193, %200
  %201 = phi i64 [ %202, %200 ], [ %195, %193 ]
  %202 = add nsw i64 %201, -1
  %203 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %202
  %204 = load i8, i8* %203, align 1, !tbaa !17
  %205 = and i8 %204, -64
  %206 = icmp eq i8 %205, -128
  br i1 %206, label %200, label %207, !llvm.loop !82

207:                                              ; preds = %200
  %208 = add nsw i64 %191, -2
  %209 = icmp sgt i64 %208, %121
  br i1 %209, label %190, label %260, !llvm.loop !83

210:                                              ; preds = %239, %167
  %211 = phi i64 [ 0, %167 ], [ %240, %239 ]
  %212 = phi i64 [ 0, %167 ], [ %241, %239 ]
  %213 = add i64 %211, 1
  %214 = tail call i64 @llvm.smax.i64(i64 %7, i64 %213) #37
  %215 = add i64 %214, -1
  br label %216

216:                                              ; preds = %220, %210
  %217 = phi i64 [ %218, %220 ], [ %211, %210 ]
  %218 = add i64 %217, 1
  %219 = icmp eq i64 %217, %215
  br i1 %219, label %225, label %220

220:                                              ; preds = %216
  %221 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %218
  %222 = load i8, i8* %221, align 1, !tbaa !17
  %223 = and i8 %222, -64
  %224 = icmp eq i8 %223, -128
  br i1 %224, label %216, label %225, !llvm.loop !84

225:                                              ; preds = %220, %216
  %226 = phi i64 [ %214, %216 ], [ %218, %220 ]
  %227 = add i64 %226, 1
  %228 = tail call i64 @llvm.smax.i64(i64 %7, i64 %227) #37
  %229 = add i64 %228, -1
  br label %230

230:                                              ; preds = %234, %225
  %231 = phi i64 [ %232, %234 ], [ %226, %225 ]
  %232 = add i64 %231, 1
  %233 = icmp eq i64 %231, %229
  br i1 %233, label %239, label %234

234:                                              ; preds = %230
  %235 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %232
  %236 = load i8, i8* %235, align 1, !tbaa !17
  %237 = and i8 %236, -64
  %238 = icmp eq i8 %237, -128
  br i1 %238, label %230, label %239, !llvm.loop !84

239:                                              ; preds = %234, %230
  %240 = phi i64 [ %228, %230 ], [ %232, %234 ]
  %241 = add i64 %212, 2
  %242 = icmp eq i64 %241, %168
  br i1 %242, label %243, label %210, !llvm.loop !85

243:                                              ; preds = %239, %164
  %244 = phi i64 [ undef, %164 ], [ %240, %239 ]
  %245 = phi i64 [ 0, %164 ], [ %240, %239 ]
  %246 = icmp eq i64 %165, 0
  br i1 %246, label %260, label %247

247:                                              ; preds = %243
  %248 = add i64 %245, 1
  %249 = tail call i64 @llvm.smax.i64(i64 %7, i64 %248) #37
  %250 = add i64 %249, -1
  br label %251

251:                                              ; preds = %255, %247
  %252 = phi i64 [ %253, %255 ], [ %245, %247 ]
  %253 = add i64 %252, 1
  %254 = icmp eq i64 %252, %250
  br i1 %254, label %260, label %255

255:                                              ; preds = %251
  %256 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %253
  %257 = load i8, i8* %256, align 1, !tbaa !17
  %258 = and i8 %257, -64
  %259 = icmp eq i8 %258, -128
  br i1 %259, label %251, label %260, !llvm.loop !84

260:                                              ; preds = %243, %255, %251, %185, %207, %162, %169
  %261 = phi i64 [ %7, %169 ], [ 0, %162 ], [ %188, %185 ], [ %202, %207 ], [ %244, %243 ], [ %249, %251 ], [ %253, %255 ]
  %262 = icmp eq i64 %153, 0
  br i1 %262, label %367, label %266

263:                                              ; preds = %155
  %264 = icmp eq i64 %153, 0
  %265 = select i1 %264, i64 %121, i64 %136
  br label %367

266:                                              ; preds = %260
  %267 = icmp slt i64 %159, %136
  %268 = and i1 %158, %267
  br i1 %268, label %276, label %269

269:                                              ; preds = %266
  %270 = icmp sgt i64 %136, 0
  br i1 %270, label %271, label %367

271:                                              ; preds = %269
  %272 = and i64 %136, 1
  %273 = icmp eq i64 %136, 1
  br i1 %273, label %350, label %274

274:                                              ; preds = %271
  %275 = and i64 %136, -2
  br label %317

276:                                              ; preds = %266
  %277 = icmp sgt i64 %100, %136
  br i1 %277, label %278, label %367

278:                                              ; preds = %276
  %279 = sub i64 %100, %136
  %280 = add i64 %136, 1
  %281 = and i64 %279, 1
  %282 = icmp eq i64 %281, 0
  br i1 %282, label %292, label %283

283:                                              ; preds = %278, %283
  %284 = phi i64 [ %285, %283 ], [ %7, %278 ]
  %285 = add nsw i64 %284, -1
  %286 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %285
  %287 = load i8, i8* %286, align 1, !tbaa !17
  %288 = and i8 %287, -64
  %289 = icmp eq i8 %288, -128
  br i1 %289, label %283, label %290, !llvm.loop !82

290:                                              ; preds = %283
  %291 = add nsw i64 %100, -1
  br label %292

292:                                              ; preds = %290, %278
  %293 = phi i64 [ %100, %278 ], [ %291, %290 ]
  %294 = phi i64 [ %7, %278 ], [ %285, %290 ]
  %295 = phi i64 [ undef, %278 ], [ %285, %290 ]
  %296 = icmp eq i64 %100, %280
  br i1 %296, label %367, label %297

297:                                              ; preds = %292, %314
  %298 = phi i64 [ %315, %314 ], [ %293, %292 ]
  %299 = phi i64 [ %309, %314 ], [ %294, %292 ]
  br label %300

300:                                              ; preds = %300, %297
  %301 = phi i64 [ %302, %300 ], [ %299, %297 ]
  %302 = add nsw i64 %301, -1
  %303 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %302
  %304 = load i8, i8* %303, align 1, !tbaa !17
  %305 = and i8 %304, -64
  %306 = icmp eq i8 %305, -128
  br i1 %306, label %300, label %307, !llvm.loop !82

307:                                              ; preds = %300, %307
  %308 = phi i64 [ %309, %307 ], [ %302, %300 ]
  %309 = add nsw i64 %308, -1
  %310 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %309
  %311 = load i8, i8* %310, align 1, !tbaa !17
  %312 = and i8 %311, -64
  %313 = icmp eq i8 %312, -128
  br i1 %313, label %307, label %314, !llvm.loop !82

314:                                              ; preds = %307
  %315 = add nsw i64 %298, -2
  %316 = icmp sgt i64 %315, %136
  br i1 %316, label %297, label %367, !llvm.loop !83

317:                                              ; preds = %346, %274
  %318 = phi i64 [ 0, %274 ], [ %347, %346 ]
  %319 = phi i64 [ 0, %274 ], [ %348, %346 ]
  %320 = add i64 %318, 1
  %321 = tail call i64 @llvm.smax.i64(i64 %7, i64 %320) #37
  %322 = add i64 %321, -1
  br label %323

323:                                              ; preds = %327, %317
  %324 = phi i64 [ %325, %327 ], [ %318, %317 ]
  %325 = add i64 %324, 1
  %326 = icmp eq i64 %324, %322
  br i1 %326, label %332, label %327

327:                                              ; preds = %323
  %328 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %325
  %329 = load i8, i8* %328, align 1, !tbaa !17
  %330 = and i8 %329, -64
  %331 = icmp eq i8 %330, -128
  br i1 %331, label %323, label %332, !llvm.loop !84

332:                                              ; preds = %327, %323
  %333 = phi i64 [ %321, %323 ], [ %325, %327 ]
  %334 = add i64 %333, 1
  %335 = tail call i64 @llvm.smax.i64(i64 %7, i64 %334) #37
  %336 = add i64 %335, -1
  br label %337

337:                                              ; preds = %341, %332
  %338 = phi i64 [ %339, %341 ], [ %333, %332 ]
  %339 = add i64 %338, 1
  %340 = icmp eq i64 %338, %336
  br i1 %340, label %346, label %341

341:                                              ; preds = %337
  %342 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %339
  %343 = load i8, i8* %342, align 1, !tbaa !17
  %344 = and i8 %343, -64
  %345 = icmp eq i8 %344, -128
  br i1 %345, label %337, label %346, !llvm.loop !84

346:                                              ; preds = %341, %337
  %347 = phi i64 [ %335, %337 ], [ %339, %341 ]
  %348 = add i64 %319, 2
  %349 = icmp eq i64 %348, %275
  br i1 %349, label %350, label %317, !llvm.loop !85

350:                                              ; preds = %346, %271
  %351 = phi i64 [ undef, %271 ], [ %347, %346 ]
  %352 = phi i64 [ 0, %271 ], [ %347, %346 ]
  %353 = icmp eq i64 %272, 0
  br i1 %353, label %367, label %354

354:                                              ; preds = %350
  %355 = add i64 %352, 1
  %356 = tail call i64 @llvm.smax.i64(i64 %7, i64 %355) #37
  %357 = add i64 %356, -1
  br label %358

358:                                              ; preds = %362, %354
  %359 = phi i64 [ %360, %362 ], [ %352, %354 ]
  %360 = add i64 %359, 1
  %361 = icmp eq i64 %359, %357
  br i1 %361, label %367, label %362

362:                                              ; preds = %358
  %363 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %360
  %364 = load i8, i8* %363, align 1, !tbaa !17
  %365 = and i8 %364, -64
  %366 = icmp eq i8 %365, -128
  br i1 %366, label %358, label %367, !llvm.loop !84

367:                                              ; preds = %350, %362, %358, %292, %314, %263, %260, %276, %269
  %368 = phi i64 [ %261, %260 ], [ %261, %276 ], [ %261, %269 ], [ %121, %263 ], [ %261, %314 ], [ %261, %292 ], [ %261, %358 ], [ %261, %362 ], [ %261, %350 ]
  %369 = phi i64 [ %261, %260 ], [ %7, %276 ], [ 0, %269 ], [ %265, %263 ], [ %295, %292 ], [ %309, %314 ], [ %351, %350 ], [ %356, %358 ], [ %360, %362 ]
  %370 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %368
  %371 = sub nsw i64 %369, %368
  %372 = add nsw i64 %371, 17
  %373 = icmp sgt i64 %371, -18
  br i1 %373, label %374, label %379

374:                                              ; preds = %367
  %375 = icmp eq i64 %372, 0
  %376 = select i1 %375, i64 1, i64 %372
  %377 = tail call noalias i8* @malloc(i64 noundef %376) #37
  %378 = icmp eq i8* %377, null
  br i1 %378, label %379, label %380

379:                                              ; preds = %374, %367
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

380:                                              ; preds = %374
  %381 = icmp ugt i64 %372, 4095
  br i1 %381, label %382, label %383

382:                                              ; preds = %380
  tail call fastcc void @advise_big(i8* noundef nonnull %377, i64 noundef %372) #37
  br label %383

383:                                              ; preds = %380, %382
  %384 = bitcast i8* %377 to %struct.EmStr*
  %385 = bitcast i8* %377 to i64*
  store i64 %371, i64* %385, align 8, !tbaa !11
  %386 = getelementptr inbounds i8, i8* %377, i64 8
  %387 = bitcast i8* %386 to i64*
  store i64 0, i64* %387, align 8, !tbaa !11
  %388 = getelementptr inbounds i8, i8* %377, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %388, i8* nonnull align 1 %370, i64 %371, i1 false) #37
  %389 = getelementptr inbounds i8, i8* %388, i64 %371
  store i8 0, i8* %389, align 1, !tbaa !17
  br label %514

390:                                              ; preds = %139, %137, %152
  %391 = phi i64 [ %153, %152 ], [ 0, %137 ], [ %144, %139 ]
  %392 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %393 = icmp eq i8* %392, null
  br i1 %393, label %394, label %395

394:                                              ; preds = %390
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

395:                                              ; preds = %390
  %396 = getelementptr inbounds i8, i8* %392, i64 8
  %397 = bitcast i8* %396 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %397, align 8, !tbaa !11
  %398 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %399 = icmp eq i8* %398, null
  br i1 %399, label %400, label %401

400:                                              ; preds = %395
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

401:                                              ; preds = %395
  %402 = bitcast i8* %392 to %struct.EmBuf*
  %403 = bitcast i8* %392 to i8**
  store i8* %398, i8** %403, align 8, !tbaa !43
  %404 = icmp eq i64 %100, %7
  br i1 %404, label %405, label %415

405:                                              ; preds = %401
  %406 = icmp sgt i64 %391, 0
  br i1 %406, label %407, label %507

407:                                              ; preds = %405, %407
  %408 = phi i64 [ %413, %407 ], [ 0, %405 ]
  %409 = mul nsw i64 %408, %3
  %410 = add nsw i64 %409, %121
  %411 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %410
  %412 = load i8, i8* %411, align 1, !tbaa !17
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %402, i8 noundef signext %412)
  %413 = add nuw nsw i64 %408, 1
  %414 = icmp eq i64 %413, %391
  br i1 %414, label %504, label %407, !llvm.loop !88

415:                                              ; preds = %401
  %416 = icmp sgt i64 %100, -2
  br i1 %416, label %417, label %421

417:                                              ; preds = %415
  %418 = add i64 %100, 1
  %419 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %418, i64 8) #37
  %420 = extractvalue { i64, i1 } %419, 1
  br i1 %420, label %421, label %422

421:                                              ; preds = %417, %415
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

422:                                              ; preds = %417
  %423 = extractvalue { i64, i1 } %419, 0
  %424 = icmp eq i64 %423, 0
  %425 = select i1 %424, i64 1, i64 %423
  %426 = tail call noalias i8* @malloc(i64 noundef %425) #37
  %427 = icmp eq i8* %426, null
  br i1 %427, label %428, label %429

428:                                              ; preds = %422
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

429:                                              ; preds = %422
  %430 = icmp ugt i64 %423, 4095
  br i1 %430, label %431, label %433

431:                                              ; preds = %429
  tail call fastcc void @advise_big(i8* noundef nonnull %426, i64 noundef %423) #37
  %432 = load i64, i64* %6, align 8, !tbaa !11
  br label %433

433:                                              ; preds = %429, %431
  %434 = phi i64 [ %7, %429 ], [ %432, %431 ]
  %435 = bitcast i8* %426 to i64*
  br label %442

436:                                              ; preds = %458
  %437 = icmp sgt i64 %391, 0
  br i1 %437, label %438, label %463

438:                                              ; preds = %436
  %439 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %402, i64 0, i32 1
  %440 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %402, i64 0, i32 2
  %441 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %402, i64 0, i32 0
  br label %465

442:                                              ; preds = %433, %458
  %443 = phi i64 [ 0, %433 ], [ %460, %458 ]
  %444 = phi i64 [ 0, %433 ], [ %459, %458 ]
  %445 = getelementptr inbounds i64, i64* %435, i64 %443
  store i64 %444, i64* %445, align 8, !tbaa !11
  %446 = add i64 %444, 1
  %447 = call i64 @llvm.smax.i64(i64 %434, i64 %446)
  %448 = add i64 %447, -1
  br label %449

449:                                              ; preds = %453, %442
  %450 = phi i64 [ %444, %442 ], [ %451, %453 ]
  %451 = add i64 %450, 1
  %452 = icmp eq i64 %450, %448
  br i1 %452, label %458, label %453

453:                                              ; preds = %449
  %454 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %451
  %455 = load i8, i8* %454, align 1, !tbaa !17
  %456 = and i8 %455, -64
  %457 = icmp eq i8 %456, -128
  br i1 %457, label %449, label %458, !llvm.loop !89

458:                                              ; preds = %449, %453
  %459 = phi i64 [ %447, %449 ], [ %451, %453 ]
  %460 = add nuw i64 %443, 1
  %461 = icmp eq i64 %443, %100
  br i1 %461, label %436, label %442, !llvm.loop !90

462:                                              ; preds = %497
  store i64 %479, i64* %439, align 8, !tbaa !45
  store i64 %499, i64* %440, align 8, !tbaa !67
  br label %463

463:                                              ; preds = %462, %436
  %464 = phi i64 [ %479, %462 ], [ 0, %436 ]
  tail call void @free(i8* noundef %426) #37
  br label %507

465:                                              ; preds = %438, %497
  %466 = phi i8* [ %398, %438 ], [ %498, %497 ]
  %467 = phi i64 [ 48, %438 ], [ %499, %497 ]
  %468 = phi i64 [ 0, %438 ], [ %479, %497 ]
  %469 = phi i64 [ 0, %438 ], [ %502, %497 ]
  %470 = mul nsw i64 %469, %3
  %471 = add nsw i64 %470, %121
  %472 = getelementptr inbounds i64, i64* %435, i64 %471
  %473 = load i64, i64* %472, align 8, !tbaa !11
  %474 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %473
  %475 = add nsw i64 %471, 1
  %476 = getelementptr inbounds i64, i64* %435, i64 %475
  %477 = load i64, i64* %476, align 8, !tbaa !11
  %478 = sub nsw i64 %477, %473
  %479 = add nsw i64 %468, %478
  %480 = icmp sgt i64 %479, %467
  br i1 %480, label %481, label %497

481:                                              ; preds = %465
  %482 = shl nsw i64 %467, 1
  %483 = icmp sgt i64 %482, %479
  %484 = select i1 %483, i64 %482, i64 %479
  %485 = add nsw i64 %484, 17
  %486 = icmp sgt i64 %484, -18
  br i1 %486, label %487, label %492

487:                                              ; preds = %481
  %488 = icmp eq i64 %485, 0
  %489 = select i1 %488, i64 1, i64 %485
  %490 = tail call i8* @realloc(i8* noundef %466, i64 noundef %489) #37
  %491 = icmp eq i8* %490, null
  br i1 %491, label %492, label %493

492:                                              ; preds = %487, %481
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

493:                                              ; preds = %487
  %494 = icmp ugt i64 %485, 4095
  br i1 %494, label %495, label %496

495:                                              ; preds = %493
  tail call fastcc void @advise_big(i8* noundef nonnull %490, i64 noundef %485) #37
  br label %496

496:                                              ; preds = %495, %493
  store i8* %490, i8** %441, align 8, !tbaa !43
  br label %497

497:                                              ; preds = %465, %496
  %498 = phi i8* [ %490, %496 ], [ %466, %465 ]
  %499 = phi i64 [ %484, %496 ], [ %467, %465 ]
  %500 = getelementptr inbounds i8, i8* %498, i64 16
  %501 = getelementptr inbounds i8, i8* %500, i64 %468
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %501, i8* nonnull align 1 %474, i64 %478, i1 false) #37
  %502 = add nuw nsw i64 %469, 1
  %503 = icmp eq i64 %502, %391
  br i1 %503, label %462, label %465, !llvm.loop !91

504:                                              ; preds = %407
  %505 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %402, i64 0, i32 1
  %506 = load i64, i64* %505, align 8, !tbaa !45
  br label %507

507:                                              ; preds = %504, %405, %463
  %508 = phi i64 [ %506, %504 ], [ 0, %405 ], [ %464, %463 ]
  %509 = bitcast i8* %392 to %struct.EmStr**
  %510 = load %struct.EmStr*, %struct.EmStr** %509, align 8, !tbaa !43
  %511 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %510, i64 0, i32 0
  store i64 %508, i64* %511, align 8, !tbaa !11
  %512 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %510, i64 0, i32 1
  store i64 0, i64* %512, align 8, !tbaa !11
  %513 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %510, i64 0, i32 2, i64 %508
  store i8 0, i8* %513, align 1, !tbaa !17
  tail call void @free(i8* noundef %392) #37
  br label %514

514:                                              ; preds = %507, %383
  %515 = phi %struct.EmStr* [ %384, %383 ], [ %510, %507 ]
  ret %struct.EmStr* %515
}

; Function Attrs: nofree nounwind readonly
define i64 @ember_str_find(%struct.EmStr* noundef %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #17 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !11
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %10, label %12

10:                                               ; preds = %2
  %11 = icmp slt i64 %5, 0
  br i1 %11, label %34, label %132

12:                                               ; preds = %2
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %5
  %14 = sub i64 0, %8
  %15 = getelementptr inbounds i8, i8* %13, i64 %14
  %16 = getelementptr inbounds i8, i8* %15, i64 1
  %17 = icmp ult i8* %3, %16
  br i1 %17, label %18, label %34

18:                                               ; preds = %12
  %19 = load i8, i8* %6, align 1, !tbaa !17
  %20 = sext i8 %19 to i32
  %21 = ptrtoint i8* %16 to i64
  br label %22

22:                                               ; preds = %31, %18
  %23 = phi i8* [ %3, %18 ], [ %32, %31 ]
  %24 = ptrtoint i8* %23 to i64
  %25 = sub i64 %21, %24
  %26 = tail call i8* @memchr(i8* noundef nonnull %23, i32 noundef %20, i64 noundef %25) #39
  %27 = icmp eq i8* %26, null
  br i1 %27, label %34, label %28

28:                                               ; preds = %22
  %29 = tail call i32 @bcmp(i8* nonnull %26, i8* nonnull %6, i64 %8) #37
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %35, label %31

31:                                               ; preds = %28
  %32 = getelementptr inbounds i8, i8* %26, i64 1
  %33 = icmp ult i8* %26, %15
  br i1 %33, label %22, label %34, !llvm.loop !79

34:                                               ; preds = %22, %31, %12, %10
  br label %132

35:                                               ; preds = %28
  %36 = ptrtoint i8* %26 to i64
  %37 = ptrtoint i8* %3 to i64
  %38 = sub i64 %36, %37
  %39 = icmp slt i64 %38, 0
  br i1 %39, label %132, label %40

40:                                               ; preds = %35
  %41 = icmp eq i64 %38, 0
  br i1 %41, label %132, label %42

42:                                               ; preds = %40
  %43 = icmp ult i64 %38, 4
  br i1 %43, label %118, label %44

44:                                               ; preds = %42
  %45 = and i64 %38, -4
  %46 = add i64 %45, -4
  %47 = lshr exact i64 %46, 2
  %48 = add nuw nsw i64 %47, 1
  %49 = and i64 %48, 1
  %50 = icmp eq i64 %46, 0
  br i1 %50, label %90, label %51

51:                                               ; preds = %44
  %52 = and i64 %48, 9223372036854775806
  br label %53

53:                                               ; preds = %53, %51
  %54 = phi i64 [ 0, %51 ], [ %87, %53 ]
  %55 = phi <2 x i64> [ zeroinitializer, %51 ], [ %85, %53 ]
  %56 = phi <2 x i64> [ zeroinitializer, %51 ], [ %86, %53 ]
  %57 = phi i64 [ 0, %51 ], [ %88, %53 ]
  %58 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %54
  %59 = bitcast i8* %58 to <2 x i8>*
  %60 = load <2 x i8>, <2 x i8>* %59, align 1, !tbaa !17
  %61 = getelementptr inbounds i8, i8* %58, i64 2
  %62 = bitcast i8* %61 to <2 x i8>*
  %63 = load <2 x i8>, <2 x i8>* %62, align 1, !tbaa !17
  %64 = and <2 x i8> %60, <i8 -64, i8 -64>
  %65 = and <2 x i8> %63, <i8 -64, i8 -64>
  %66 = icmp ne <2 x i8> %64, <i8 -128, i8 -128>
  %67 = icmp ne <2 x i8> %65, <i8 -128, i8 -128>
  %68 = zext <2 x i1> %66 to <2 x i64>
  %69 = zext <2 x i1> %67 to <2 x i64>
  %70 = add <2 x i64> %55, %68
  %71 = add <2 x i64> %56, %69
  %72 = or i64 %54, 4
  %73 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %72
  %74 = bitcast i8* %73 to <2 x i8>*
  %75 = load <2 x i8>, <2 x i8>* %74, align 1, !tbaa !17
  %76 = getelementptr inbounds i8, i8* %73, i64 2
  %77 = bitcast i8* %76 to <2 x i8>*
  %78 = load <2 x i8>, <2 x i8>* %77, align 1, !tbaa !17
  %79 = and <2 x i8> %75, <i8 -64, i8 -64>
  %80 = and <2 x i8> %78, <i8 -64, i8 -64>
  %81 = icmp ne <2 x i8> %79, <i8 -128, i8 -128>
  %82 = icmp ne <2 x i8> %80, <i8 -128, i8 -128>
  %83 = zext <2 x i1> %81 to <2 x i64>
  %84 = zext <2 x i1> %82 to <2 x i64>
  %85 = add <2 x i64> %70, %83
  %86 = add <2 x i64> %71, %84
  %87 = add nuw i64 %54, 8
  %88 = add i64 %57, 2
  %89 = icmp eq i64 %88, %52
  br i1 %89, label %90, label %53, !llvm.loop !92

90:                                               ; preds = %53, %44
  %91 = phi <2 x i64> [ undef, %44 ], [ %85, %53 ]
  %92 = phi <2 x i64> [ undef, %44 ], [ %86, %53 ]
  %93 = phi i64 [ 0, %44 ], [ %87, %53 ]
  %94 = phi <2 x i64> [ zeroinitializer, %44 ], [ %85, %53 ]
  %95 = phi <2 x i64> [ zeroinitializer, %44 ], [ %86, %53 ]
  %96 = icmp eq i64 %49, 0
  br i1 %96, label %112, label %97

97:                                               ; preds = %90
  %98 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %93
  %99 = bitcast i8* %98 to <2 x i8>*
  %100 = load <2 x i8>, <2 x i8>* %99, align 1, !tbaa !17
  %101 = getelementptr inbounds i8, i8* %98, i64 2
  %102 = bitcast i8* %101 to <2 x i8>*
  %103 = load <2 x i8>, <2 x i8>* %102, align 1, !tbaa !17
  %104 = and <2 x i8> %100, <i8 -64, i8 -64>
  %105 = and <2 x i8> %103, <i8 -64, i8 -64>
  %106 = icmp ne <2 x i8> %104, <i8 -128, i8 -128>
  %107 = icmp ne <2 x i8> %105, <i8 -128, i8 -128>
  %108 = zext <2 x i1> %106 to <2 x i64>
  %109 = zext <2 x i1> %107 to <2 x i64>
  %110 = add <2 x i64> %94, %108
  %111 = add <2 x i64> %95, %109
  br label %112

112:                                              ; preds = %90, %97
  %113 = phi <2 x i64> [ %91, %90 ], [ %110, %97 ]
  %114 = phi <2 x i64> [ %92, %90 ], [ %111, %97 ]
  %115 = add <2 x i64> %114, %113
  %116 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %115)
  %117 = icmp eq i64 %38, %45
  br i1 %117, label %132, label %118

118:                                              ; preds = %42, %112
  %119 = phi i64 [ 0, %42 ], [ %45, %112 ]
  %120 = phi i64 [ 0, %42 ], [ %116, %112 ]
  br label %121

121:                                              ; preds = %118, %121
  %122 = phi i64 [ %130, %121 ], [ %119, %118 ]
  %123 = phi i64 [ %129, %121 ], [ %120, %118 ]
  %124 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %122
  %125 = load i8, i8* %124, align 1, !tbaa !17
  %126 = and i8 %125, -64
  %127 = icmp ne i8 %126, -128
  %128 = zext i1 %127 to i64
  %129 = add nuw nsw i64 %123, %128
  %130 = add nuw nsw i64 %122, 1
  %131 = icmp eq i64 %130, %38
  br i1 %131, label %132, label %121, !llvm.loop !93

132:                                              ; preds = %121, %112, %10, %40, %34, %35
  %133 = phi i64 [ -1, %35 ], [ -1, %34 ], [ 0, %40 ], [ 0, %10 ], [ %116, %112 ], [ %129, %121 ]
  ret i64 %133
}

; Function Attrs: nofree nounwind readonly
define i64 @ember_str_count(%struct.EmStr* noundef %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #17 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = icmp eq i64 %4, 0
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !11
  br i1 %5, label %21, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %7
  %11 = sub i64 0, %4
  %12 = getelementptr inbounds i8, i8* %10, i64 %11
  %13 = getelementptr inbounds i8, i8* %12, i64 1
  %14 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %15 = icmp ult i8* %14, %13
  br i1 %15, label %16, label %140

16:                                               ; preds = %8
  %17 = load i8, i8* %9, align 1, !tbaa !17
  %18 = sext i8 %17 to i32
  %19 = ptrtoint i8* %13 to i64
  %20 = ptrtoint i8* %14 to i64
  br label %116

21:                                               ; preds = %2
  %22 = icmp sgt i64 %7, 0
  br i1 %22, label %23, label %140

23:                                               ; preds = %21
  %24 = icmp ult i64 %7, 4
  br i1 %24, label %99, label %25

25:                                               ; preds = %23
  %26 = and i64 %7, -4
  %27 = add i64 %26, -4
  %28 = lshr exact i64 %27, 2
  %29 = add nuw nsw i64 %28, 1
  %30 = and i64 %29, 1
  %31 = icmp eq i64 %27, 0
  br i1 %31, label %71, label %32

32:                                               ; preds = %25
  %33 = and i64 %29, 9223372036854775806
  br label %34

34:                                               ; preds = %34, %32
  %35 = phi i64 [ 0, %32 ], [ %68, %34 ]
  %36 = phi <2 x i64> [ zeroinitializer, %32 ], [ %66, %34 ]
  %37 = phi <2 x i64> [ zeroinitializer, %32 ], [ %67, %34 ]
  %38 = phi i64 [ 0, %32 ], [ %69, %34 ]
  %39 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %35
  %40 = bitcast i8* %39 to <2 x i8>*
  %41 = load <2 x i8>, <2 x i8>* %40, align 1, !tbaa !17
  %42 = getelementptr inbounds i8, i8* %39, i64 2
  %43 = bitcast i8* %42 to <2 x i8>*
  %44 = load <2 x i8>, <2 x i8>* %43, align 1, !tbaa !17
  %45 = and <2 x i8> %41, <i8 -64, i8 -64>
  %46 = and <2 x i8> %44, <i8 -64, i8 -64>
  %47 = icmp ne <2 x i8> %45, <i8 -128, i8 -128>
  %48 = icmp ne <2 x i8> %46, <i8 -128, i8 -128>
  %49 = zext <2 x i1> %47 to <2 x i64>
  %50 = zext <2 x i1> %48 to <2 x i64>
  %51 = add <2 x i64> %36, %49
  %52 = add <2 x i64> %37, %50
  %53 = or i64 %35, 4
  %54 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %53
  %55 = bitcast i8* %54 to <2 x i8>*
  %56 = load <2 x i8>, <2 x i8>* %55, align 1, !tbaa !17
  %57 = getelementptr inbounds i8, i8* %54, i64 2
  %58 = bitcast i8* %57 to <2 x i8>*
  %59 = load <2 x i8>, <2 x i8>* %58, align 1, !tbaa !17
  %60 = and <2 x i8> %56, <i8 -64, i8 -64>
  %61 = and <2 x i8> %59, <i8 -64, i8 -64>
  %62 = icmp ne <2 x i8> %60, <i8 -128, i8 -128>
  %63 = icmp ne <2 x i8> %61, <i8 -128, i8 -128>
  %64 = zext <2 x i1> %62 to <2 x i64>
  %65 = zext <2 x i1> %63 to <2 x i64>
  %66 = add <2 x i64> %51, %64
  %67 = add <2 x i64> %52, %65
  %68 = add nuw i64 %35, 8
  %69 = add i64 %38, 2
  %70 = icmp eq i64 %69, %33
  br i1 %70, label %71, label %34, !llvm.loop !94

71:                                               ; preds = %34, %25
  %72 = phi <2 x i64> [ undef, %25 ], [ %66, %34 ]
  %73 = phi <2 x i64> [ undef, %25 ], [ %67, %34 ]
  %74 = phi i64 [ 0, %25 ], [ %68, %34 ]
  %75 = phi <2 x i64> [ zeroinitializer, %25 ], [ %66, %34 ]
  %76 = phi <2 x i64> [ zeroinitializer, %25 ], [ %67, %34 ]
  %77 = icmp eq i64 %30, 0
  br i1 %77, label %93, label %78

78:                                               ; preds = %71
  %79 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %74
  %80 = bitcast i8* %79 to <2 x i8>*
  %81 = load <2 x i8>, <2 x i8>* %80, align 1, !tbaa !17
  %82 = getelementptr inbounds i8, i8* %79, i64 2
  %83 = bitcast i8* %82 to <2 x i8>*
  %84 = load <2 x i8>, <2 x i8>* %83, align 1, !tbaa !17
  %85 = and <2 x i8> %81, <i8 -64, i8 -64>
  %86 = and <2 x i8> %84, <i8 -64, i8 -64>
  %87 = icmp ne <2 x i8> %85, <i8 -128, i8 -128>
  %88 = icmp ne <2 x i8> %86, <i8 -128, i8 -128>
  %89 = zext <2 x i1> %87 to <2 x i64>
  %90 = zext <2 x i1> %88 to <2 x i64>
  %91 = add <2 x i64> %75, %89
  %92 = add <2 x i64> %76, %90
  br label %93

93:                                               ; preds = %71, %78
  %94 = phi <2 x i64> [ %72, %71 ], [ %91, %78 ]
  %95 = phi <2 x i64> [ %73, %71 ], [ %92, %78 ]
  %96 = add <2 x i64> %95, %94
  %97 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %96)
  %98 = icmp eq i64 %7, %26
  br i1 %98, label %113, label %99

99:                                               ; preds = %23, %93
  %100 = phi i64 [ 0, %23 ], [ %26, %93 ]
  %101 = phi i64 [ 0, %23 ], [ %97, %93 ]
  br label %102

102:                                              ; preds = %99, %102
  %103 = phi i64 [ %111, %102 ], [ %100, %99 ]
  %104 = phi i64 [ %110, %102 ], [ %101, %99 ]
  %105 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %103
  %106 = load i8, i8* %105, align 1, !tbaa !17
  %107 = and i8 %106, -64
  %108 = icmp ne i8 %107, -128
  %109 = zext i1 %108 to i64
  %110 = add nuw nsw i64 %104, %109
  %111 = add nuw nsw i64 %103, 1
  %112 = icmp eq i64 %111, %7
  br i1 %112, label %113, label %102, !llvm.loop !95

113:                                              ; preds = %102, %93
  %114 = phi i64 [ %97, %93 ], [ %110, %102 ]
  %115 = add nuw i64 %114, 1
  br label %140

116:                                              ; preds = %16, %135
  %117 = phi i8* [ %14, %16 ], [ %138, %135 ]
  %118 = phi i64 [ 0, %16 ], [ %136, %135 ]
  br label %119

119:                                              ; preds = %128, %116
  %120 = phi i8* [ %117, %116 ], [ %129, %128 ]
  %121 = ptrtoint i8* %120 to i64
  %122 = sub i64 %19, %121
  %123 = tail call i8* @memchr(i8* noundef nonnull %120, i32 noundef %18, i64 noundef %122) #39
  %124 = icmp eq i8* %123, null
  br i1 %124, label %140, label %125

125:                                              ; preds = %119
  %126 = tail call i32 @bcmp(i8* nonnull %123, i8* nonnull %9, i64 %4) #37
  %127 = icmp eq i32 %126, 0
  br i1 %127, label %131, label %128

128:                                              ; preds = %125
  %129 = getelementptr inbounds i8, i8* %123, i64 1
  %130 = icmp ult i8* %123, %12
  br i1 %130, label %119, label %140, !llvm.loop !79

131:                                              ; preds = %125
  %132 = ptrtoint i8* %123 to i64
  %133 = sub i64 %132, %20
  %134 = icmp sgt i64 %133, -1
  br i1 %134, label %135, label %140

135:                                              ; preds = %131
  %136 = add nuw nsw i64 %118, 1
  %137 = add nsw i64 %133, %4
  %138 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %137
  %139 = icmp ult i8* %138, %13
  br i1 %139, label %116, label %140, !llvm.loop !96

140:                                              ; preds = %131, %135, %128, %119, %21, %113, %8
  %141 = phi i64 [ 0, %8 ], [ 1, %21 ], [ %115, %113 ], [ %118, %119 ], [ %118, %128 ], [ %118, %131 ], [ %136, %135 ]
  ret i64 %141
}

; Function Attrs: mustprogress nofree nounwind readonly willreturn
define i32 @ember_str_startswith(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #16 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp sgt i64 %4, %6
  br i1 %7, label %14, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %11 = tail call i32 @bcmp(i8* nonnull %9, i8* nonnull %10, i64 %4)
  %12 = icmp eq i32 %11, 0
  %13 = zext i1 %12 to i32
  br label %14

14:                                               ; preds = %8, %2
  %15 = phi i32 [ 0, %2 ], [ %13, %8 ]
  ret i32 %15
}

; Function Attrs: mustprogress nofree nounwind readonly willreturn
define i32 @ember_str_endswith(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #16 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp sgt i64 %4, %6
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %6
  %10 = sub i64 0, %4
  %11 = getelementptr inbounds i8, i8* %9, i64 %10
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %13 = tail call i32 @bcmp(i8* nonnull %11, i8* nonnull %12, i64 %4)
  %14 = icmp eq i32 %13, 0
  %15 = zext i1 %14 to i32
  br label %16

16:                                               ; preds = %8, %2
  %17 = phi i32 [ 0, %2 ], [ %15, %8 ]
  ret i32 %17
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_upper(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc %struct.EmStr* @str_case(%struct.EmStr* noundef %0, i32 noundef 1)
  ret %struct.EmStr* %2
}

; Function Attrs: nounwind
define internal fastcc %struct.EmStr* @str_case(%struct.EmStr* nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 8
  %8 = bitcast i8* %7 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %8, align 8, !tbaa !11
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %6
  %13 = bitcast i8* %3 to %struct.EmBuf*
  %14 = bitcast i8* %3 to i8**
  store i8* %9, i8** %14, align 8, !tbaa !43
  %15 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %16 = load i64, i64* %15, align 8, !tbaa !11
  %17 = icmp sgt i64 %16, 0
  br i1 %17, label %20, label %18

18:                                               ; preds = %12
  %19 = bitcast i8* %9 to %struct.EmStr*
  br label %28

20:                                               ; preds = %12
  %21 = icmp eq i32 %1, 0
  %22 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  br label %34

23:                                               ; preds = %252
  %24 = bitcast i8* %3 to %struct.EmStr**
  %25 = load %struct.EmStr*, %struct.EmStr** %24, align 8, !tbaa !43
  %26 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 1
  %27 = load i64, i64* %26, align 8, !tbaa !45
  br label %28

28:                                               ; preds = %18, %23
  %29 = phi i64 [ %27, %23 ], [ 0, %18 ]
  %30 = phi %struct.EmStr* [ %25, %23 ], [ %19, %18 ]
  %31 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %30, i64 0, i32 0
  store i64 %29, i64* %31, align 8, !tbaa !11
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %30, i64 0, i32 1
  store i64 0, i64* %32, align 8, !tbaa !11
  %33 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %30, i64 0, i32 2, i64 %29
  store i8 0, i8* %33, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %3) #37
  ret %struct.EmStr* %30

34:                                               ; preds = %20, %252
  %35 = phi i64 [ %16, %20 ], [ %254, %252 ]
  %36 = phi i64 [ 0, %20 ], [ %253, %252 ]
  %37 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %36
  %38 = load i8, i8* %37, align 1, !tbaa !17
  %39 = icmp sgt i8 %38, -1
  br i1 %39, label %40, label %42

40:                                               ; preds = %34
  %41 = zext i8 %38 to i32
  br label %91

42:                                               ; preds = %34
  %43 = icmp ult i8 %38, -32
  br i1 %43, label %44, label %53

44:                                               ; preds = %42
  %45 = and i8 %38, 31
  %46 = zext i8 %45 to i32
  %47 = shl nuw nsw i32 %46, 6
  %48 = getelementptr inbounds i8, i8* %37, i64 1
  %49 = load i8, i8* %48, align 1, !tbaa !17
  %50 = and i8 %49, 63
  %51 = zext i8 %50 to i32
  %52 = or i32 %47, %51
  br label %91

53:                                               ; preds = %42
  %54 = icmp ult i8 %38, -16
  br i1 %54, label %55, label %70

55:                                               ; preds = %53
  %56 = and i8 %38, 15
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 12
  %59 = getelementptr inbounds i8, i8* %37, i64 1
  %60 = load i8, i8* %59, align 1, !tbaa !17
  %61 = and i8 %60, 63
  %62 = zext i8 %61 to i32
  %63 = shl nuw nsw i32 %62, 6
  %64 = or i32 %63, %58
  %65 = getelementptr inbounds i8, i8* %37, i64 2
  %66 = load i8, i8* %65, align 1, !tbaa !17
  %67 = and i8 %66, 63
  %68 = zext i8 %67 to i32
  %69 = or i32 %64, %68
  br label %91

70:                                               ; preds = %53
  %71 = and i8 %38, 7
  %72 = zext i8 %71 to i32
  %73 = shl nuw nsw i32 %72, 18
  %74 = getelementptr inbounds i8, i8* %37, i64 1
  %75 = load i8, i8* %74, align 1, !tbaa !17
  %76 = and i8 %75, 63
  %77 = zext i8 %76 to i32
  %78 = shl nuw nsw i32 %77, 12
  %79 = or i32 %78, %73
  %80 = getelementptr inbounds i8, i8* %37, i64 2
  %81 = load i8, i8* %80, align 1, !tbaa !17
  %82 = and i8 %81, 63
  %83 = zext i8 %82 to i32
  %84 = shl nuw nsw i32 %83, 6
  %85 = or i32 %79, %84
  %86 = getelementptr inbounds i8, i8* %37, i64 3
  %87 = load i8, i8* %86, align 1, !tbaa !17
  %88 = and i8 %87, 63
  %89 = zext i8 %88 to i32
  %90 = or i32 %85, %89
  br label %91

91:                                               ; preds = %40, %44, %55, %70
  %92 = phi i64 [ 1, %40 ], [ 2, %44 ], [ 3, %55 ], [ 4, %70 ]
  %93 = phi i32 [ %41, %40 ], [ %52, %44 ], [ %69, %55 ], [ %90, %70 ]
  br i1 %21, label %99, label %94

94:                                               ; preds = %91
  switch i32 %93, label %97 [
    i32 223, label %95
    i32 329, label %96
  ]

95:                                               ; preds = %94
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %13, i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.90, i64 0, i64 0))
  br label %252

96:                                               ; preds = %94
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %13, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.91, i64 0, i64 0))
  br label %252

97:                                               ; preds = %94
  %98 = tail call fastcc i32 @cp_upper(i32 noundef %93)
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %98)
  br label %252

99:                                               ; preds = %91
  switch i32 %93, label %250 [
    i32 304, label %100
    i32 931, label %101
  ]

100:                                              ; preds = %99
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %13, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.92, i64 0, i64 0))
  br label %252

101:                                              ; preds = %99
  %102 = icmp eq i64 %36, 0
  br i1 %102, label %171, label %103

103:                                              ; preds = %101, %109
  %104 = phi i64 [ %105, %109 ], [ %36, %101 ]
  %105 = add nsw i64 %104, -1
  %106 = icmp sgt i64 %104, 1
  br i1 %106, label %109, label %107

107:                                              ; preds = %103
  %108 = load i8, i8* %22, align 1, !tbaa !17
  br label %114

109:                                              ; preds = %103
  %110 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %105
  %111 = load i8, i8* %110, align 1, !tbaa !17
  %112 = and i8 %111, -64
  %113 = icmp eq i8 %112, -128
  br i1 %113, label %103, label %114, !llvm.loop !97

114:                                              ; preds = %109, %107
  %115 = phi i8 [ %108, %107 ], [ %111, %109 ]
  %116 = phi i64 [ 1, %107 ], [ %104, %109 ]
  %117 = phi i64 [ 0, %107 ], [ %105, %109 ]
  %118 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %117
  %119 = icmp sgt i8 %115, -1
  br i1 %119, label %120, label %122

120:                                              ; preds = %114
  %121 = zext i8 %115 to i32
  br label %171

122:                                              ; preds = %114
  %123 = icmp ult i8 %115, -32
  br i1 %123, label %124, label %133

124:                                              ; preds = %122
  %125 = and i8 %115, 31
  %126 = zext i8 %125 to i32
  %127 = shl nuw nsw i32 %126, 6
  %128 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %116
  %129 = load i8, i8* %128, align 1, !tbaa !17
  %130 = and i8 %129, 63
  %131 = zext i8 %130 to i32
  %132 = or i32 %127, %131
  br label %171

133:                                              ; preds = %122
  %134 = icmp ult i8 %115, -16
  br i1 %134, label %135, label %150

135:                                              ; preds = %133
  %136 = and i8 %115, 15
  %137 = zext i8 %136 to i32
  %138 = shl nuw nsw i32 %137, 12
  %139 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %116
  %140 = load i8, i8* %139, align 1, !tbaa !17
  %141 = and i8 %140, 63
  %142 = zext i8 %141 to i32
  %143 = shl nuw nsw i32 %142, 6
  %144 = or i32 %143, %138
  %145 = getelementptr inbounds i8, i8* %118, i64 2
  %146 = load i8, i8* %145, align 1, !tbaa !17
  %147 = and i8 %146, 63
  %148 = zext i8 %147 to i32
  %149 = or i32 %144, %148
  br label %171

150:                                              ; preds = %133
  %151 = and i8 %115, 7
  %152 = zext i8 %151 to i32
  %153 = shl nuw nsw i32 %152, 18
  %154 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %116
  %155 = load i8, i8* %154, align 1, !tbaa !17
  %156 = and i8 %155, 63
  %157 = zext i8 %156 to i32
  %158 = shl nuw nsw i32 %157, 12
  %159 = or i32 %158, %153
  %160 = getelementptr inbounds i8, i8* %118, i64 2
  %161 = load i8, i8* %160, align 1, !tbaa !17
  %162 = and i8 %161, 63
  %163 = zext i8 %162 to i32
  %164 = shl nuw nsw i32 %163, 6
  %165 = or i32 %159, %164
  %166 = getelementptr inbounds i8, i8* %118, i64 3
  %167 = load i8, i8* %166, align 1, !tbaa !17
  %168 = and i8 %167, 63
  %169 = zext i8 %168 to i32
  %170 = or i32 %165, %169
  br label %171

171:                                              ; preds = %150, %135, %124, %120, %101
  %172 = phi i32 [ 0, %101 ], [ %121, %120 ], [ %132, %124 ], [ %149, %135 ], [ %170, %150 ]
  %173 = add nuw nsw i64 %92, %36
  %174 = icmp slt i64 %173, %35
  br i1 %174, label %175, label %230

175:                                              ; preds = %171
  %176 = getelementptr inbounds i8, i8* %37, i64 %92
  %177 = load i8, i8* %176, align 1, !tbaa !17
  %178 = icmp sgt i8 %177, -1
  br i1 %178, label %179, label %181

179:                                              ; preds = %175
  %180 = zext i8 %177 to i32
  br label %230

181:                                              ; preds = %175
  %182 = icmp ult i8 %177, -32
  br i1 %182, label %183, label %192

183:                                              ; preds = %181
  %184 = and i8 %177, 31
  %185 = zext i8 %184 to i32
  %186 = shl nuw nsw i32 %185, 6
  %187 = getelementptr inbounds i8, i8* %176, i64 1
  %188 = load i8, i8* %187, align 1, !tbaa !17
  %189 = and i8 %188, 63
  %190 = zext i8 %189 to i32
  %191 = or i32 %186, %190
  br label %230

192:                                              ; preds = %181
  %193 = icmp ult i8 %177, -16
  br i1 %193, label %194, label %209

194:                                              ; preds = %192
  %195 = and i8 %177, 15
  %196 = zext i8 %195 to i32
  %197 = shl nuw nsw i32 %196, 12
  %198 = getelementptr inbounds i8, i8* %176, i64 1
  %199 = load i8, i8* %198, align 1, !tbaa !17
  %200 = and i8 %199, 63
  %201 = zext i8 %200 to i32
  %202 = shl nuw nsw i32 %201, 6
  %203 = or i32 %202, %197
  %204 = getelementptr inbounds i8, i8* %176, i64 2
  %205 = load i8, i8* %204, align 1, !tbaa !17
  %206 = and i8 %205, 63
  %207 = zext i8 %206 to i32
  %208 = or i32 %203, %207
  br label %230

209:                                              ; preds = %192
  %210 = and i8 %177, 7
  %211 = zext i8 %210 to i32
  %212 = shl nuw nsw i32 %211, 18
  %213 = getelementptr inbounds i8, i8* %176, i64 1
  %214 = load i8, i8* %213, align 1, !tbaa !17
  %215 = and i8 %214, 63
  %216 = zext i8 %215 to i32
  %217 = shl nuw nsw i32 %216, 12
  %218 = or i32 %217, %212
  %219 = getelementptr inbounds i8, i8* %176, i64 2
  %220 = load i8, i8* %219, align 1, !tbaa !17
  %221 = and i8 %220, 63
  %222 = zext i8 %221 to i32
  %223 = shl nuw nsw i32 %222, 6
  %224 = or i32 %218, %223
  %225 = getelementptr inbounds i8, i8* %176, i64 3
  %226 = load i8, i8* %225, align 1, !tbaa !17
  %227 = and i8 %226, 63
  %228 = zext i8 %227 to i32
  %229 = or i32 %224, %228
  br label %230

230:                                              ; preds = %209, %194, %183, %179, %171
  %231 = phi i32 [ 0, %171 ], [ %180, %179 ], [ %191, %183 ], [ %208, %194 ], [ %229, %209 ]
  %232 = tail call fastcc i32 @cp_upper(i32 noundef %172) #37
  %233 = icmp eq i32 %232, %172
  br i1 %233, label %234, label %239

234:                                              ; preds = %230
  %235 = tail call fastcc i32 @cp_lower(i32 noundef %172) #37
  %236 = icmp ne i32 %235, %172
  %237 = icmp eq i32 %172, 223
  %238 = or i1 %237, %236
  br i1 %238, label %239, label %248

239:                                              ; preds = %230, %234
  %240 = tail call fastcc i32 @cp_upper(i32 noundef %231) #37
  %241 = icmp eq i32 %240, %231
  br i1 %241, label %242, label %248

242:                                              ; preds = %239
  %243 = tail call fastcc i32 @cp_lower(i32 noundef %231) #37
  %244 = icmp eq i32 %243, %231
  br i1 %244, label %245, label %248

245:                                              ; preds = %242
  %246 = icmp eq i32 %231, 223
  %247 = select i1 %246, i32 963, i32 962
  br label %248

248:                                              ; preds = %234, %245, %239, %242
  %249 = phi i32 [ 963, %242 ], [ 963, %239 ], [ %247, %245 ], [ 963, %234 ]
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %249)
  br label %252

250:                                              ; preds = %99
  %251 = tail call fastcc i32 @cp_lower(i32 noundef %93)
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %251)
  br label %252

252:                                              ; preds = %100, %250, %248, %95, %97, %96
  %253 = add nuw nsw i64 %92, %36
  %254 = load i64, i64* %15, align 8, !tbaa !11
  %255 = icmp slt i64 %253, %254
  br i1 %255, label %34, label %23, !llvm.loop !98
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_lower(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc %struct.EmStr* @str_case(%struct.EmStr* noundef %0, i32 noundef 0)
  ret %struct.EmStr* %2
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_strip(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = tail call fastcc %struct.EmStr* @str_trim(%struct.EmStr* noundef %0, i32 noundef 3, %struct.EmStr* noundef %1)
  ret %struct.EmStr* %3
}

; Function Attrs: nounwind
define internal fastcc %struct.EmStr* @str_trim(%struct.EmStr* nocapture noundef readonly %0, i32 noundef %1, %struct.EmStr* noundef %2) unnamed_addr #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = bitcast i64* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6) #37
  %7 = bitcast i64* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %7) #37
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef %1, %struct.EmStr* noundef %2, i64* noundef nonnull %4, i64* noundef nonnull %5)
  %8 = load i64, i64* %4, align 8, !tbaa !11
  %9 = load i64, i64* %5, align 8, !tbaa !11
  %10 = sub nsw i64 %9, %8
  %11 = add nsw i64 %10, 17
  %12 = icmp sgt i64 %10, -18
  br i1 %12, label %13, label %18

13:                                               ; preds = %3
  %14 = icmp eq i64 %11, 0
  %15 = select i1 %14, i64 1, i64 %11
  %16 = tail call noalias i8* @malloc(i64 noundef %15) #37
  %17 = icmp eq i8* %16, null
  br i1 %17, label %18, label %19

18:                                               ; preds = %13, %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

19:                                               ; preds = %13
  %20 = icmp ugt i64 %11, 4095
  br i1 %20, label %21, label %22

21:                                               ; preds = %19
  tail call fastcc void @advise_big(i8* noundef nonnull %16, i64 noundef %11) #37
  br label %22

22:                                               ; preds = %19, %21
  %23 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %8
  %24 = bitcast i8* %16 to %struct.EmStr*
  %25 = bitcast i8* %16 to i64*
  store i64 %10, i64* %25, align 8, !tbaa !11
  %26 = getelementptr inbounds i8, i8* %16, i64 8
  %27 = bitcast i8* %26 to i64*
  store i64 0, i64* %27, align 8, !tbaa !11
  %28 = getelementptr inbounds i8, i8* %16, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %28, i8* nonnull align 1 %23, i64 %10, i1 false) #37
  %29 = getelementptr inbounds i8, i8* %28, i64 %10
  store i8 0, i8* %29, align 1, !tbaa !17
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %7) #37
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6) #37
  ret %struct.EmStr* %24
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_lstrip(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = tail call fastcc %struct.EmStr* @str_trim(%struct.EmStr* noundef %0, i32 noundef 1, %struct.EmStr* noundef %1)
  ret %struct.EmStr* %3
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_rstrip(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = tail call fastcc %struct.EmStr* @str_trim(%struct.EmStr* noundef %0, i32 noundef 2, %struct.EmStr* noundef %1)
  ret %struct.EmStr* %3
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_replace(%struct.EmStr* noundef %0, %struct.EmStr* nocapture noundef readonly %1, %struct.EmStr* nocapture noundef readonly %2, i64 noundef %3) local_unnamed_addr #0 {
  %5 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %6 = icmp eq i8* %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

8:                                                ; preds = %4
  %9 = getelementptr inbounds i8, i8* %5, i64 8
  %10 = bitcast i8* %9 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %10, align 8, !tbaa !11
  %11 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %12 = icmp eq i8* %11, null
  br i1 %12, label %13, label %14

13:                                               ; preds = %8
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

14:                                               ; preds = %8
  %15 = bitcast i8* %5 to %struct.EmBuf*
  %16 = bitcast i8* %5 to i8**
  store i8* %11, i8** %16, align 8, !tbaa !43
  %17 = icmp ult i64 %3, 9223372036854775807
  %18 = select i1 %17, i64 %3, i64 9223372036854775807
  %19 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %20 = load i64, i64* %19, align 8, !tbaa !11
  %21 = icmp eq i64 %20, 0
  br i1 %21, label %32, label %22

22:                                               ; preds = %14
  %23 = icmp eq i64 %18, 0
  br i1 %23, label %175, label %24

24:                                               ; preds = %22
  %25 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %26 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %28 = ptrtoint i8* %25 to i64
  %29 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 1
  %30 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 2
  %31 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 0
  br label %138

32:                                               ; preds = %14
  %33 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %34 = load i64, i64* %33, align 8, !tbaa !11
  %35 = icmp sgt i64 %34, 0
  %36 = icmp ne i64 %18, 0
  %37 = and i1 %35, %36
  br i1 %37, label %38, label %89

38:                                               ; preds = %32
  %39 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 1
  %40 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 2
  %41 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 0
  br label %42

42:                                               ; preds = %38, %78
  %43 = phi i64 [ 0, %38 ], [ %83, %78 ]
  %44 = phi i64 [ %18, %38 ], [ %84, %78 ]
  %45 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %43
  %46 = load i8, i8* %45, align 1, !tbaa !17
  %47 = icmp sgt i8 %46, -1
  br i1 %47, label %53, label %48

48:                                               ; preds = %42
  %49 = icmp ult i8 %46, -32
  br i1 %49, label %53, label %50

50:                                               ; preds = %48
  %51 = icmp ult i8 %46, -16
  %52 = select i1 %51, i64 3, i64 4
  br label %53

53:                                               ; preds = %50, %48, %42
  %54 = phi i64 [ 1, %42 ], [ 2, %48 ], [ %52, %50 ]
  tail call void @ember_buf_str(%struct.EmBuf* noundef nonnull %15, %struct.EmStr* noundef %2)
  %55 = load i64, i64* %39, align 8, !tbaa !45
  %56 = add nsw i64 %55, %54
  %57 = load i64, i64* %40, align 8, !tbaa !67
  %58 = icmp sgt i64 %56, %57
  br i1 %58, label %61, label %59

59:                                               ; preds = %53
  %60 = load i8*, i8** %41, align 8, !tbaa !43
  br label %78

61:                                               ; preds = %53
  %62 = shl nsw i64 %57, 1
  %63 = icmp sgt i64 %62, %56
  %64 = select i1 %63, i64 %62, i64 %56
  %65 = add nsw i64 %64, 17
  %66 = icmp sgt i64 %64, -18
  br i1 %66, label %67, label %73

67:                                               ; preds = %61
  %68 = load i8*, i8** %41, align 8, !tbaa !43
  %69 = icmp eq i64 %65, 0
  %70 = select i1 %69, i64 1, i64 %65
  %71 = tail call i8* @realloc(i8* noundef %68, i64 noundef %70) #37
  %72 = icmp eq i8* %71, null
  br i1 %72, label %73, label %74

73:                                               ; preds = %67, %61
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

74:                                               ; preds = %67
  %75 = icmp ugt i64 %65, 4095
  br i1 %75, label %76, label %77

76:                                               ; preds = %74
  tail call fastcc void @advise_big(i8* noundef nonnull %71, i64 noundef %65) #37
  br label %77

77:                                               ; preds = %76, %74
  store i8* %71, i8** %41, align 8, !tbaa !43
  store i64 %64, i64* %40, align 8, !tbaa !67
  br label %78

78:                                               ; preds = %59, %77
  %79 = phi i64 [ %57, %59 ], [ %64, %77 ]
  %80 = phi i8* [ %60, %59 ], [ %71, %77 ]
  %81 = getelementptr inbounds i8, i8* %80, i64 16
  %82 = getelementptr inbounds i8, i8* %81, i64 %55
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %82, i8* noundef nonnull align 1 %45, i64 %54, i1 false) #37
  store i64 %56, i64* %39, align 8, !tbaa !45
  %83 = add nuw nsw i64 %54, %43
  %84 = add nsw i64 %44, -1
  %85 = load i64, i64* %33, align 8, !tbaa !11
  %86 = icmp slt i64 %83, %85
  %87 = icmp ne i64 %84, 0
  %88 = select i1 %86, i1 %87, i1 false
  br i1 %88, label %42, label %89, !llvm.loop !99

89:                                               ; preds = %78, %32
  %90 = phi i64 [ 48, %32 ], [ %79, %78 ]
  %91 = phi i64 [ 0, %32 ], [ %56, %78 ]
  %92 = phi i64 [ %34, %32 ], [ %85, %78 ]
  %93 = phi i64 [ 0, %32 ], [ %83, %78 ]
  %94 = phi i1 [ %36, %32 ], [ %87, %78 ]
  br i1 %94, label %95, label %101

95:                                               ; preds = %89
  tail call void @ember_buf_str(%struct.EmBuf* noundef nonnull %15, %struct.EmStr* noundef %2)
  %96 = load i64, i64* %33, align 8, !tbaa !11
  %97 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 1
  %98 = load i64, i64* %97, align 8, !tbaa !45
  %99 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 2
  %100 = load i64, i64* %99, align 8, !tbaa !67
  br label %101

101:                                              ; preds = %95, %89
  %102 = phi i64 [ %100, %95 ], [ %90, %89 ]
  %103 = phi i64 [ %98, %95 ], [ %91, %89 ]
  %104 = phi i64 [ %96, %95 ], [ %92, %89 ]
  %105 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %93
  %106 = sub nsw i64 %104, %93
  %107 = add nsw i64 %103, %106
  %108 = icmp sgt i64 %107, %102
  br i1 %108, label %112, label %109

109:                                              ; preds = %101
  %110 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 0
  %111 = load i8*, i8** %110, align 8, !tbaa !43
  br label %129

112:                                              ; preds = %101
  %113 = shl nsw i64 %102, 1
  %114 = icmp sgt i64 %113, %107
  %115 = select i1 %114, i64 %113, i64 %107
  %116 = add nsw i64 %115, 17
  %117 = icmp sgt i64 %115, -18
  br i1 %117, label %118, label %125

118:                                              ; preds = %112
  %119 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 0
  %120 = load i8*, i8** %119, align 8, !tbaa !43
  %121 = icmp eq i64 %116, 0
  %122 = select i1 %121, i64 1, i64 %116
  %123 = tail call i8* @realloc(i8* noundef %120, i64 noundef %122) #37
  %124 = icmp eq i8* %123, null
  br i1 %124, label %125, label %126

125:                                              ; preds = %118, %112
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

126:                                              ; preds = %118
  %127 = icmp ugt i64 %116, 4095
  br i1 %127, label %128, label %129

128:                                              ; preds = %126
  tail call fastcc void @advise_big(i8* noundef nonnull %123, i64 noundef %116) #37
  br label %129

129:                                              ; preds = %126, %128, %109
  %130 = phi i8* [ %111, %109 ], [ %123, %128 ], [ %123, %126 ]
  %131 = bitcast i8* %130 to %struct.EmStr*
  %132 = getelementptr inbounds i8, i8* %130, i64 16
  %133 = getelementptr inbounds i8, i8* %132, i64 %103
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %133, i8* nonnull align 1 %105, i64 %106, i1 false) #37
  %134 = bitcast i8* %130 to i64*
  store i64 %107, i64* %134, align 8, !tbaa !11
  %135 = getelementptr inbounds i8, i8* %130, i64 8
  %136 = bitcast i8* %135 to i64*
  store i64 0, i64* %136, align 8, !tbaa !11
  %137 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %131, i64 0, i32 2, i64 %107
  br label %250

138:                                              ; preds = %24, %242
  %139 = phi i64 [ %20, %24 ], [ %246, %242 ]
  %140 = phi i64 [ 0, %24 ], [ %247, %242 ]
  %141 = phi i64 [ %18, %24 ], [ %248, %242 ]
  %142 = load i64, i64* %26, align 8, !tbaa !11
  %143 = icmp eq i64 %139, 0
  br i1 %143, label %144, label %146

144:                                              ; preds = %138
  %145 = icmp sgt i64 %140, %142
  br i1 %145, label %175, label %172

146:                                              ; preds = %138
  %147 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %142
  %148 = sub i64 0, %139
  %149 = getelementptr inbounds i8, i8* %147, i64 %148
  %150 = getelementptr inbounds i8, i8* %149, i64 1
  %151 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %140
  %152 = icmp ult i8* %151, %150
  br i1 %152, label %153, label %175

153:                                              ; preds = %146
  %154 = load i8, i8* %27, align 1, !tbaa !17
  %155 = sext i8 %154 to i32
  %156 = ptrtoint i8* %150 to i64
  br label %157

157:                                              ; preds = %169, %153
  %158 = phi i8* [ %151, %153 ], [ %170, %169 ]
  %159 = ptrtoint i8* %158 to i64
  %160 = sub i64 %156, %159
  %161 = tail call i8* @memchr(i8* noundef nonnull %158, i32 noundef %155, i64 noundef %160) #39
  %162 = icmp eq i8* %161, null
  br i1 %162, label %175, label %163

163:                                              ; preds = %157
  %164 = tail call i32 @bcmp(i8* nonnull %161, i8* nonnull %27, i64 %139) #37
  %165 = icmp eq i32 %164, 0
  br i1 %165, label %166, label %169

166:                                              ; preds = %163
  %167 = ptrtoint i8* %161 to i64
  %168 = sub i64 %167, %28
  br label %172

169:                                              ; preds = %163
  %170 = getelementptr inbounds i8, i8* %161, i64 1
  %171 = icmp ult i8* %161, %149
  br i1 %171, label %157, label %175, !llvm.loop !79

172:                                              ; preds = %144, %166
  %173 = phi i64 [ %140, %144 ], [ %168, %166 ]
  %174 = icmp sgt i64 %173, -1
  br i1 %174, label %216, label %175

175:                                              ; preds = %172, %242, %146, %144, %169, %157, %22
  %176 = phi i64 [ 0, %22 ], [ %140, %157 ], [ %140, %169 ], [ %140, %172 ], [ %247, %242 ], [ %140, %146 ], [ %140, %144 ]
  %177 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %176
  %178 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %179 = load i64, i64* %178, align 8, !tbaa !11
  %180 = sub nsw i64 %179, %176
  %181 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 1
  %182 = load i64, i64* %181, align 8, !tbaa !45
  %183 = add nsw i64 %182, %180
  %184 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 2
  %185 = load i64, i64* %184, align 8, !tbaa !67
  %186 = icmp sgt i64 %183, %185
  br i1 %186, label %190, label %187

187:                                              ; preds = %175
  %188 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 0
  %189 = load i8*, i8** %188, align 8, !tbaa !43
  br label %207

190:                                              ; preds = %175
  %191 = shl nsw i64 %185, 1
  %192 = icmp sgt i64 %191, %183
  %193 = select i1 %192, i64 %191, i64 %183
  %194 = add nsw i64 %193, 17
  %195 = icmp sgt i64 %193, -18
  br i1 %195, label %196, label %203

196:                                              ; preds = %190
  %197 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %15, i64 0, i32 0
  %198 = load i8*, i8** %197, align 8, !tbaa !43
  %199 = icmp eq i64 %194, 0
  %200 = select i1 %199, i64 1, i64 %194
  %201 = tail call i8* @realloc(i8* noundef %198, i64 noundef %200) #37
  %202 = icmp eq i8* %201, null
  br i1 %202, label %203, label %204

203:                                              ; preds = %196, %190
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

204:                                              ; preds = %196
  %205 = icmp ugt i64 %194, 4095
  br i1 %205, label %206, label %207

206:                                              ; preds = %204
  tail call fastcc void @advise_big(i8* noundef nonnull %201, i64 noundef %194) #37
  br label %207

207:                                              ; preds = %204, %206, %187
  %208 = phi i8* [ %189, %187 ], [ %201, %206 ], [ %201, %204 ]
  %209 = bitcast i8* %208 to %struct.EmStr*
  %210 = getelementptr inbounds i8, i8* %208, i64 16
  %211 = getelementptr inbounds i8, i8* %210, i64 %182
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %211, i8* nonnull align 1 %177, i64 %180, i1 false) #37
  %212 = bitcast i8* %208 to i64*
  store i64 %183, i64* %212, align 8, !tbaa !11
  %213 = getelementptr inbounds i8, i8* %208, i64 8
  %214 = bitcast i8* %213 to i64*
  store i64 0, i64* %214, align 8, !tbaa !11
  %215 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %209, i64 0, i32 2, i64 %183
  br label %250

216:                                              ; preds = %172
  %217 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %140
  %218 = sub nsw i64 %173, %140
  %219 = load i64, i64* %29, align 8, !tbaa !45
  %220 = add nsw i64 %219, %218
  %221 = load i64, i64* %30, align 8, !tbaa !67
  %222 = icmp sgt i64 %220, %221
  br i1 %222, label %225, label %223

223:                                              ; preds = %216
  %224 = load i8*, i8** %31, align 8, !tbaa !43
  br label %242

225:                                              ; preds = %216
  %226 = shl nsw i64 %221, 1
  %227 = icmp sgt i64 %226, %220
  %228 = select i1 %227, i64 %226, i64 %220
  %229 = add nsw i64 %228, 17
  %230 = icmp sgt i64 %228, -18
  br i1 %230, label %231, label %237

231:                                              ; preds = %225
  %232 = load i8*, i8** %31, align 8, !tbaa !43
  %233 = icmp eq i64 %229, 0
  %234 = select i1 %233, i64 1, i64 %229
  %235 = tail call i8* @realloc(i8* noundef %232, i64 noundef %234) #37
  %236 = icmp eq i8* %235, null
  br i1 %236, label %237, label %238

237:                                              ; preds = %231, %225
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

238:                                              ; preds = %231
  %239 = icmp ugt i64 %229, 4095
  br i1 %239, label %240, label %241

240:                                              ; preds = %238
  tail call fastcc void @advise_big(i8* noundef nonnull %235, i64 noundef %229) #37
  br label %241

241:                                              ; preds = %240, %238
  store i8* %235, i8** %31, align 8, !tbaa !43
  store i64 %228, i64* %30, align 8, !tbaa !67
  br label %242

242:                                              ; preds = %223, %241
  %243 = phi i8* [ %224, %223 ], [ %235, %241 ]
  %244 = getelementptr inbounds i8, i8* %243, i64 16
  %245 = getelementptr inbounds i8, i8* %244, i64 %219
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %245, i8* nonnull align 1 %217, i64 %218, i1 false) #37
  store i64 %220, i64* %29, align 8, !tbaa !45
  tail call void @ember_buf_str(%struct.EmBuf* noundef nonnull %15, %struct.EmStr* noundef %2)
  %246 = load i64, i64* %19, align 8, !tbaa !11
  %247 = add nsw i64 %246, %173
  %248 = add nsw i64 %141, -1
  %249 = icmp sgt i64 %141, 1
  br i1 %249, label %138, label %175, !llvm.loop !100

250:                                              ; preds = %207, %129
  %251 = phi i8* [ %215, %207 ], [ %137, %129 ]
  %252 = phi %struct.EmStr* [ %209, %207 ], [ %131, %129 ]
  store i8 0, i8* %251, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %5) #37
  ret %struct.EmStr* %252
}

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_str_split(%struct.EmStr* noundef %0, %struct.EmStr* noundef readonly %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = bitcast i8* %3 to %struct.EmList*
  %8 = icmp eq %struct.EmStr* %1, null
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %3, i8 0, i64 24, i1 false)
  br i1 %8, label %9, label %13

9:                                                ; preds = %6
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %11 = load i64, i64* %10, align 8, !tbaa !11
  %12 = icmp sgt i64 %11, 0
  br i1 %12, label %67, label %209

13:                                               ; preds = %6
  %14 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %15 = load i64, i64* %14, align 8, !tbaa !11
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %13
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %19 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %20 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %21 = ptrtoint i8* %18 to i64
  br label %23

22:                                               ; preds = %13
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.9, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable

23:                                               ; preds = %17, %62
  %24 = phi i64 [ %65, %62 ], [ %15, %17 ]
  %25 = phi i64 [ %66, %62 ], [ 0, %17 ]
  %26 = load i64, i64* %19, align 8, !tbaa !11
  %27 = icmp eq i64 %24, 0
  br i1 %27, label %28, label %30

28:                                               ; preds = %23
  %29 = icmp slt i64 %26, %25
  br i1 %29, label %59, label %56

30:                                               ; preds = %23
  %31 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %26
  %32 = sub i64 0, %24
  %33 = getelementptr inbounds i8, i8* %31, i64 %32
  %34 = getelementptr inbounds i8, i8* %33, i64 1
  %35 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %25
  %36 = icmp ult i8* %35, %34
  br i1 %36, label %37, label %59

37:                                               ; preds = %30
  %38 = load i8, i8* %20, align 1, !tbaa !17
  %39 = sext i8 %38 to i32
  %40 = ptrtoint i8* %34 to i64
  br label %41

41:                                               ; preds = %53, %37
  %42 = phi i8* [ %35, %37 ], [ %54, %53 ]
  %43 = ptrtoint i8* %42 to i64
  %44 = sub i64 %40, %43
  %45 = tail call i8* @memchr(i8* noundef nonnull %42, i32 noundef %39, i64 noundef %44) #39
  %46 = icmp eq i8* %45, null
  br i1 %46, label %59, label %47

47:                                               ; preds = %41
  %48 = tail call i32 @bcmp(i8* nonnull %45, i8* nonnull %20, i64 %24) #37
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %53

50:                                               ; preds = %47
  %51 = ptrtoint i8* %45 to i64
  %52 = sub i64 %51, %21
  br label %56

53:                                               ; preds = %47
  %54 = getelementptr inbounds i8, i8* %45, i64 1
  %55 = icmp ult i8* %45, %33
  br i1 %55, label %41, label %59, !llvm.loop !79

56:                                               ; preds = %28, %50
  %57 = phi i64 [ %25, %28 ], [ %52, %50 ]
  %58 = icmp sgt i64 %57, -1
  br i1 %58, label %62, label %59

59:                                               ; preds = %28, %30, %56, %53, %41
  %60 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %25
  %61 = sub nsw i64 %26, %25
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %7, i8* noundef nonnull %60, i64 noundef %61)
  br label %209

62:                                               ; preds = %56
  %63 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %25
  %64 = sub nsw i64 %57, %25
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %7, i8* noundef nonnull %63, i64 noundef %64)
  %65 = load i64, i64* %14, align 8, !tbaa !11
  %66 = add nsw i64 %65, %57
  br label %23, !llvm.loop !101

67:                                               ; preds = %9, %203
  %68 = phi i64 [ %207, %203 ], [ %11, %9 ]
  %69 = phi i64 [ %204, %203 ], [ 0, %9 ]
  br label %70

70:                                               ; preds = %67, %129
  %71 = phi i64 [ %132, %129 ], [ %69, %67 ]
  %72 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %71
  %73 = load i8, i8* %72, align 1, !tbaa !17
  %74 = icmp sgt i8 %73, -1
  br i1 %74, label %75, label %77

75:                                               ; preds = %70
  %76 = zext i8 %73 to i32
  br label %126

77:                                               ; preds = %70
  %78 = icmp ult i8 %73, -32
  br i1 %78, label %79, label %83

79:                                               ; preds = %77
  %80 = and i8 %73, 31
  %81 = zext i8 %80 to i32
  %82 = shl nuw nsw i32 %81, 6
  br label %111

83:                                               ; preds = %77
  %84 = icmp ult i8 %73, -16
  br i1 %84, label %85, label %95

85:                                               ; preds = %83
  %86 = and i8 %73, 15
  %87 = zext i8 %86 to i32
  %88 = shl nuw nsw i32 %87, 12
  %89 = getelementptr inbounds i8, i8* %72, i64 1
  %90 = load i8, i8* %89, align 1, !tbaa !17
  %91 = and i8 %90, 63
  %92 = zext i8 %91 to i32
  %93 = shl nuw nsw i32 %92, 6
  %94 = or i32 %93, %88
  br label %111

95:                                               ; preds = %83
  %96 = and i8 %73, 7
  %97 = zext i8 %96 to i32
  %98 = shl nuw nsw i32 %97, 18
  %99 = getelementptr inbounds i8, i8* %72, i64 1
  %100 = load i8, i8* %99, align 1, !tbaa !17
  %101 = and i8 %100, 63
  %102 = zext i8 %101 to i32
  %103 = shl nuw nsw i32 %102, 12
  %104 = or i32 %103, %98
  %105 = getelementptr inbounds i8, i8* %72, i64 2
  %106 = load i8, i8* %105, align 1, !tbaa !17
  %107 = and i8 %106, 63
  %108 = zext i8 %107 to i32
  %109 = shl nuw nsw i32 %108, 6
  %110 = or i32 %104, %109
  br label %111

111:                                              ; preds = %79, %85, %95
  %112 = phi i64 [ 1, %79 ], [ 2, %85 ], [ 3, %95 ]
  %113 = phi i32 [ %82, %79 ], [ %94, %85 ], [ %110, %95 ]
  %114 = phi i32 [ 2, %79 ], [ 3, %85 ], [ 4, %95 ]
  %115 = getelementptr inbounds i8, i8* %72, i64 %112
  %116 = load i8, i8* %115, align 1, !tbaa !17
  %117 = and i8 %116, 63
  %118 = zext i8 %117 to i32
  %119 = or i32 %113, %118
  %120 = icmp slt i32 %119, 128
  br i1 %120, label %126, label %121

121:                                              ; preds = %111
  switch i32 %119, label %122 [
    i32 5760, label %129
    i32 160, label %129
    i32 133, label %129
  ]

122:                                              ; preds = %121
  %123 = add nsw i32 %119, -8192
  %124 = icmp ult i32 %123, 11
  br i1 %124, label %129, label %125

125:                                              ; preds = %122
  switch i32 %119, label %134 [
    i32 8287, label %129
    i32 8239, label %129
    i32 8233, label %129
    i32 8232, label %129
    i32 12288, label %129
  ]

126:                                              ; preds = %111, %75
  %127 = phi i32 [ %76, %75 ], [ %119, %111 ]
  %128 = phi i32 [ 1, %75 ], [ %114, %111 ]
  switch i32 %127, label %134 [
    i32 32, label %129
    i32 31, label %129
    i32 30, label %129
    i32 29, label %129
    i32 28, label %129
    i32 13, label %129
    i32 12, label %129
    i32 11, label %129
    i32 10, label %129
    i32 9, label %129
  ]

129:                                              ; preds = %126, %126, %126, %126, %126, %126, %126, %126, %126, %126, %122, %125, %125, %125, %125, %125, %121, %121, %121
  %130 = phi i32 [ %128, %126 ], [ %114, %121 ], [ %114, %121 ], [ %114, %121 ], [ %114, %125 ], [ %114, %125 ], [ %114, %125 ], [ %114, %125 ], [ %114, %125 ], [ %114, %122 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ], [ %128, %126 ]
  %131 = zext i32 %130 to i64
  %132 = add nsw i64 %71, %131
  %133 = icmp slt i64 %132, %68
  br i1 %133, label %70, label %134, !llvm.loop !102

134:                                              ; preds = %129, %125, %126
  %135 = phi i64 [ %71, %126 ], [ %71, %125 ], [ %132, %129 ]
  %136 = icmp eq i64 %135, %68
  br i1 %136, label %209, label %137

137:                                              ; preds = %134
  %138 = icmp slt i64 %135, %68
  br i1 %138, label %139, label %203

139:                                              ; preds = %137, %198
  %140 = phi i64 [ %201, %198 ], [ %135, %137 ]
  %141 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %140
  %142 = load i8, i8* %141, align 1, !tbaa !17
  %143 = icmp sgt i8 %142, -1
  br i1 %143, label %144, label %146

144:                                              ; preds = %139
  %145 = zext i8 %142 to i32
  br label %195

146:                                              ; preds = %139
  %147 = icmp ult i8 %142, -32
  br i1 %147, label %148, label %152

148:                                              ; preds = %146
  %149 = and i8 %142, 31
  %150 = zext i8 %149 to i32
  %151 = shl nuw nsw i32 %150, 6
  br label %180

152:                                              ; preds = %146
  %153 = icmp ult i8 %142, -16
  br i1 %153, label %154, label %164

154:                                              ; preds = %152
  %155 = and i8 %142, 15
  %156 = zext i8 %155 to i32
  %157 = shl nuw nsw i32 %156, 12
  %158 = getelementptr inbounds i8, i8* %141, i64 1
  %159 = load i8, i8* %158, align 1, !tbaa !17
  %160 = and i8 %159, 63
  %161 = zext i8 %160 to i32
  %162 = shl nuw nsw i32 %161, 6
  %163 = or i32 %162, %157
  br label %180

164:                                              ; preds = %152
  %165 = and i8 %142, 7
  %166 = zext i8 %165 to i32
  %167 = shl nuw nsw i32 %166, 18
  %168 = getelementptr inbounds i8, i8* %141, i64 1
  %169 = load i8, i8* %168, align 1, !tbaa !17
  %170 = and i8 %169, 63
  %171 = zext i8 %170 to i32
  %172 = shl nuw nsw i32 %171, 12
  %173 = or i32 %172, %167
  %174 = getelementptr inbounds i8, i8* %141, i64 2
  %175 = load i8, i8* %174, align 1, !tbaa !17
  %176 = and i8 %175, 63
  %177 = zext i8 %176 to i32
  %178 = shl nuw nsw i32 %177, 6
  %179 = or i32 %173, %178
  br label %180

180:                                              ; preds = %148, %154, %164
  %181 = phi i64 [ 1, %148 ], [ 2, %154 ], [ 3, %164 ]
  %182 = phi i32 [ %151, %148 ], [ %163, %154 ], [ %179, %164 ]
  %183 = phi i32 [ 2, %148 ], [ 3, %154 ], [ 4, %164 ]
  %184 = getelementptr inbounds i8, i8* %141, i64 %181
  %185 = load i8, i8* %184, align 1, !tbaa !17
  %186 = and i8 %185, 63
  %187 = zext i8 %186 to i32
  %188 = or i32 %182, %187
  %189 = icmp slt i32 %188, 128
  br i1 %189, label %195, label %190

190:                                              ; preds = %180
  switch i32 %188, label %191 [
    i32 5760, label %203
    i32 160, label %203
    i32 133, label %203
  ]

191:                                              ; preds = %190
  %192 = add nsw i32 %188, -8192
  %193 = icmp ult i32 %192, 11
  br i1 %193, label %203, label %194

194:                                              ; preds = %191
  switch i32 %188, label %198 [
    i32 8287, label %203
    i32 8239, label %203
    i32 8233, label %203
    i32 8232, label %203
    i32 12288, label %203
  ]

195:                                              ; preds = %180, %144
  %196 = phi i32 [ %145, %144 ], [ %188, %180 ]
  %197 = phi i32 [ 1, %144 ], [ %183, %180 ]
  switch i32 %196, label %198 [
    i32 32, label %203
    i32 31, label %203
    i32 30, label %203
    i32 29, label %203
    i32 28, label %203
    i32 13, label %203
    i32 12, label %203
    i32 11, label %203
    i32 10, label %203
    i32 9, label %203
  ]

198:                                              ; preds = %195, %194
  %199 = phi i32 [ %197, %195 ], [ %183, %194 ]
  %200 = zext i32 %199 to i64
  %201 = add nsw i64 %140, %200
  %202 = icmp slt i64 %201, %68
  br i1 %202, label %139, label %203, !llvm.loop !103

203:                                              ; preds = %198, %190, %190, %190, %194, %194, %194, %194, %194, %191, %195, %195, %195, %195, %195, %195, %195, %195, %195, %195, %137
  %204 = phi i64 [ %135, %137 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %191 ], [ %140, %194 ], [ %140, %194 ], [ %140, %194 ], [ %140, %194 ], [ %140, %194 ], [ %140, %190 ], [ %140, %190 ], [ %140, %190 ], [ %201, %198 ]
  %205 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %135
  %206 = sub nsw i64 %204, %135
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %7, i8* noundef nonnull %205, i64 noundef %206)
  %207 = load i64, i64* %10, align 8, !tbaa !11
  %208 = icmp slt i64 %204, %207
  br i1 %208, label %67, label %209, !llvm.loop !104

209:                                              ; preds = %203, %134, %9, %59
  ret %struct.EmList* %7
}

; Function Attrs: nounwind
define internal fastcc void @push_str(%struct.EmList* nocapture noundef %0, i8* nocapture noundef readonly %1, i64 noundef %2) unnamed_addr #0 {
  %4 = add nsw i64 %2, 17
  %5 = icmp sgt i64 %2, -18
  br i1 %5, label %6, label %11

6:                                                ; preds = %3
  %7 = icmp eq i64 %4, 0
  %8 = select i1 %7, i64 1, i64 %4
  %9 = tail call noalias i8* @malloc(i64 noundef %8) #37
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6, %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %6
  %13 = icmp ugt i64 %4, 4095
  br i1 %13, label %14, label %15

14:                                               ; preds = %12
  tail call fastcc void @advise_big(i8* noundef nonnull %9, i64 noundef %4) #37
  br label %15

15:                                               ; preds = %12, %14
  %16 = bitcast i8* %9 to i64*
  store i64 %2, i64* %16, align 8, !tbaa !11
  %17 = getelementptr inbounds i8, i8* %9, i64 8
  %18 = bitcast i8* %17 to i64*
  store i64 0, i64* %18, align 8, !tbaa !11
  %19 = getelementptr inbounds i8, i8* %9, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %19, i8* align 1 %1, i64 %2, i1 false) #37
  %20 = getelementptr inbounds i8, i8* %19, i64 %2
  store i8 0, i8* %20, align 1, !tbaa !17
  %21 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %22 = load i64, i64* %21, align 8, !tbaa !13
  %23 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %24 = load i64, i64* %23, align 8, !tbaa !15
  %25 = icmp slt i64 %22, %24
  br i1 %25, label %34, label %26

26:                                               ; preds = %15
  %27 = add nsw i64 %22, 1
  %28 = shl nsw i64 %24, 1
  %29 = icmp sgt i64 %28, 4
  %30 = select i1 %29, i64 %28, i64 4
  %31 = icmp slt i64 %30, %27
  %32 = select i1 %31, i64 %27, i64 %30
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef 8, i64 noundef %32) #37
  %33 = load i64, i64* %21, align 8, !tbaa !13
  br label %34

34:                                               ; preds = %15, %26
  %35 = phi i64 [ %33, %26 ], [ %22, %15 ]
  %36 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %37 = load i8*, i8** %36, align 8, !tbaa !16
  %38 = add nsw i64 %35, 1
  store i64 %38, i64* %21, align 8, !tbaa !13
  %39 = shl nsw i64 %35, 3
  %40 = getelementptr inbounds i8, i8* %37, i64 %39
  %41 = bitcast i8* %40 to i8**
  store i8* %9, i8** %41, align 8, !tbaa !7
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone willreturn
define internal i32 @is_space_cp(i32 noundef %0) #11 {
  %2 = icmp slt i32 %0, 128
  br i1 %2, label %3, label %10

3:                                                ; preds = %1
  %4 = add i32 %0, -9
  %5 = icmp ult i32 %4, 5
  %6 = add i32 %0, -28
  %7 = icmp ult i32 %6, 5
  %8 = or i1 %5, %7
  %9 = zext i1 %8 to i32
  br label %16

10:                                               ; preds = %1
  switch i32 %0, label %11 [
    i32 5760, label %16
    i32 160, label %16
    i32 133, label %16
  ]

11:                                               ; preds = %10
  %12 = add nsw i32 %0, -8192
  %13 = icmp ult i32 %12, 11
  br i1 %13, label %16, label %14

14:                                               ; preds = %11
  switch i32 %0, label %15 [
    i32 8287, label %16
    i32 8239, label %16
    i32 8233, label %16
    i32 8232, label %16
    i32 12288, label %16
  ]

15:                                               ; preds = %14
  br label %16

16:                                               ; preds = %14, %14, %14, %14, %14, %15, %10, %10, %10, %11, %3
  %17 = phi i32 [ %9, %3 ], [ 1, %10 ], [ 0, %15 ], [ 1, %14 ], [ 1, %10 ], [ 1, %10 ], [ 1, %11 ], [ 1, %14 ], [ 1, %14 ], [ 1, %14 ], [ 1, %14 ]
  ret i32 %17
}

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_str_splitn(%struct.EmStr* noundef %0, %struct.EmStr* noundef %1, i64 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp slt i64 %2, 0
  br i1 %5, label %6, label %8

6:                                                ; preds = %4
  %7 = tail call %struct.EmList* @ember_str_split(%struct.EmStr* noundef %0, %struct.EmStr* noundef %1)
  br label %344

8:                                                ; preds = %4
  %9 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %8
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %8
  %13 = bitcast i8* %9 to %struct.EmList*
  %14 = icmp eq %struct.EmStr* %1, null
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %9, i8 0, i64 24, i1 false)
  br i1 %14, label %20, label %15

15:                                               ; preds = %12
  %16 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %17 = load i64, i64* %16, align 8, !tbaa !11
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %19, label %24

19:                                               ; preds = %15
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.9, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable

20:                                               ; preds = %12
  %21 = icmp eq i32 %3, 0
  %22 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %23 = load i64, i64* %22, align 8, !tbaa !11
  br i1 %21, label %35, label %244

24:                                               ; preds = %15
  %25 = icmp eq i32 %3, 0
  br i1 %25, label %26, label %237

26:                                               ; preds = %24
  %27 = icmp eq i64 %2, 0
  br i1 %27, label %74, label %28

28:                                               ; preds = %26
  %29 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %30 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %31 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %33 = ptrtoint i8* %29 to i64
  %34 = load i64, i64* %32, align 8, !tbaa !11
  br label %37

35:                                               ; preds = %20
  %36 = icmp sgt i64 %23, 0
  br i1 %36, label %87, label %344

37:                                               ; preds = %28, %80
  %38 = phi i64 [ %34, %28 ], [ %83, %80 ]
  %39 = phi i64 [ 0, %28 ], [ %84, %80 ]
  %40 = phi i64 [ 0, %28 ], [ %85, %80 ]
  %41 = load i64, i64* %30, align 8, !tbaa !11
  %42 = icmp eq i64 %38, 0
  br i1 %42, label %43, label %45

43:                                               ; preds = %37
  %44 = icmp sgt i64 %39, %41
  br i1 %44, label %74, label %71

45:                                               ; preds = %37
  %46 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %41
  %47 = sub i64 0, %38
  %48 = getelementptr inbounds i8, i8* %46, i64 %47
  %49 = getelementptr inbounds i8, i8* %48, i64 1
  %50 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %39
  %51 = icmp ult i8* %50, %49
  br i1 %51, label %52, label %74

52:                                               ; preds = %45
  %53 = load i8, i8* %31, align 1, !tbaa !17
  %54 = sext i8 %53 to i32
  %55 = ptrtoint i8* %49 to i64
  br label %56

56:                                               ; preds = %68, %52
  %57 = phi i8* [ %50, %52 ], [ %69, %68 ]
  %58 = ptrtoint i8* %57 to i64
  %59 = sub i64 %55, %58
  %60 = tail call i8* @memchr(i8* noundef nonnull %57, i32 noundef %54, i64 noundef %59) #39
  %61 = icmp eq i8* %60, null
  br i1 %61, label %74, label %62

62:                                               ; preds = %56
  %63 = tail call i32 @bcmp(i8* nonnull %60, i8* nonnull %31, i64 %38) #37
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %68

65:                                               ; preds = %62
  %66 = ptrtoint i8* %60 to i64
  %67 = sub i64 %66, %33
  br label %71

68:                                               ; preds = %62
  %69 = getelementptr inbounds i8, i8* %60, i64 1
  %70 = icmp ult i8* %60, %48
  br i1 %70, label %56, label %74, !llvm.loop !79

71:                                               ; preds = %43, %65
  %72 = phi i64 [ %39, %43 ], [ %67, %65 ]
  %73 = icmp sgt i64 %72, -1
  br i1 %73, label %80, label %74

74:                                               ; preds = %71, %80, %45, %43, %68, %56, %26
  %75 = phi i64 [ 0, %26 ], [ %39, %56 ], [ %39, %68 ], [ %39, %71 ], [ %84, %80 ], [ %39, %45 ], [ %39, %43 ]
  %76 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %75
  %77 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %78 = load i64, i64* %77, align 8, !tbaa !11
  %79 = sub nsw i64 %78, %75
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %76, i64 noundef %79)
  br label %344

80:                                               ; preds = %71
  %81 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %39
  %82 = sub nsw i64 %72, %39
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %81, i64 noundef %82)
  %83 = load i64, i64* %32, align 8, !tbaa !11
  %84 = add nsw i64 %83, %72
  %85 = add nuw nsw i64 %40, 1
  %86 = icmp eq i64 %85, %2
  br i1 %86, label %74, label %37, !llvm.loop !105

87:                                               ; preds = %35, %230
  %88 = phi i64 [ %235, %230 ], [ %23, %35 ]
  %89 = phi i64 [ %234, %230 ], [ 0, %35 ]
  %90 = phi i64 [ %231, %230 ], [ 0, %35 ]
  %91 = icmp sgt i64 %88, %90
  br i1 %91, label %92, label %156

92:                                               ; preds = %87, %151
  %93 = phi i64 [ %154, %151 ], [ %90, %87 ]
  %94 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %93
  %95 = load i8, i8* %94, align 1, !tbaa !17
  %96 = icmp sgt i8 %95, -1
  br i1 %96, label %97, label %99

97:                                               ; preds = %92
  %98 = zext i8 %95 to i32
  br label %148

99:                                               ; preds = %92
  %100 = icmp ult i8 %95, -32
  br i1 %100, label %101, label %105

101:                                              ; preds = %99
  %102 = and i8 %95, 31
  %103 = zext i8 %102 to i32
  %104 = shl nuw nsw i32 %103, 6
  br label %133

105:                                              ; preds = %99
  %106 = icmp ult i8 %95, -16
  br i1 %106, label %107, label %117

107:                                              ; preds = %105
  %108 = and i8 %95, 15
  %109 = zext i8 %108 to i32
  %110 = shl nuw nsw i32 %109, 12
  %111 = getelementptr inbounds i8, i8* %94, i64 1
  %112 = load i8, i8* %111, align 1, !tbaa !17
  %113 = and i8 %112, 63
  %114 = zext i8 %113 to i32
  %115 = shl nuw nsw i32 %114, 6
  %116 = or i32 %115, %110
  br label %133

117:                                              ; preds = %105
  %118 = and i8 %95, 7
  %119 = zext i8 %118 to i32
  %120 = shl nuw nsw i32 %119, 18
  %121 = getelementptr inbounds i8, i8* %94, i64 1
  %122 = load i8, i8* %121, align 1, !tbaa !17
  %123 = and i8 %122, 63
  %124 = zext i8 %123 to i32
  %125 = shl nuw nsw i32 %124, 12
  %126 = or i32 %125, %120
  %127 = getelementptr inbounds i8, i8* %94, i64 2
  %128 = load i8, i8* %127, align 1, !tbaa !17
  %129 = and i8 %128, 63
  %130 = zext i8 %129 to i32
  %131 = shl nuw nsw i32 %130, 6
  %132 = or i32 %126, %131
  br label %133

133:                                              ; preds = %101, %107, %117
  %134 = phi i64 [ 1, %101 ], [ 2, %107 ], [ 3, %117 ]
  %135 = phi i32 [ %104, %101 ], [ %116, %107 ], [ %132, %117 ]
  %136 = phi i32 [ 2, %101 ], [ 3, %107 ], [ 4, %117 ]
  %137 = getelementptr inbounds i8, i8* %94, i64 %134
  %138 = load i8, i8* %137, align 1, !tbaa !17
  %139 = and i8 %138, 63
  %140 = zext i8 %139 to i32
  %141 = or i32 %135, %140
  %142 = icmp slt i32 %141, 128
  br i1 %142, label %148, label %143

143:                                              ; preds = %133
  switch i32 %141, label %144 [
    i32 5760, label %151
    i32 160, label %151
    i32 133, label %151
  ]

144:                                              ; preds = %143
  %145 = add nsw i32 %141, -8192
  %146 = icmp ult i32 %145, 11
  br i1 %146, label %151, label %147

147:                                              ; preds = %144
  switch i32 %141, label %156 [
    i32 8287, label %151
    i32 8239, label %151
    i32 8233, label %151
    i32 8232, label %151
    i32 12288, label %151
  ]

148:                                              ; preds = %133, %97
  %149 = phi i32 [ %98, %97 ], [ %141, %133 ]
  %150 = phi i32 [ 1, %97 ], [ %136, %133 ]
  switch i32 %149, label %156 [
    i32 32, label %151
    i32 31, label %151
    i32 30, label %151
    i32 29, label %151
    i32 28, label %151
    i32 13, label %151
    i32 12, label %151
    i32 11, label %151
    i32 10, label %151
    i32 9, label %151
  ]

151:                                              ; preds = %148, %148, %148, %148, %148, %148, %148, %148, %148, %148, %144, %147, %147, %147, %147, %147, %143, %143, %143
  %152 = phi i32 [ %150, %148 ], [ %136, %143 ], [ %136, %143 ], [ %136, %143 ], [ %136, %147 ], [ %136, %147 ], [ %136, %147 ], [ %136, %147 ], [ %136, %147 ], [ %136, %144 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ], [ %150, %148 ]
  %153 = zext i32 %152 to i64
  %154 = add nsw i64 %93, %153
  %155 = icmp sgt i64 %88, %154
  br i1 %155, label %92, label %156, !llvm.loop !106

156:                                              ; preds = %151, %147, %148, %87
  %157 = phi i64 [ %90, %87 ], [ %93, %148 ], [ %93, %147 ], [ %154, %151 ]
  %158 = icmp eq i64 %88, %157
  br i1 %158, label %344, label %159

159:                                              ; preds = %156
  %160 = icmp eq i64 %89, %2
  br i1 %160, label %163, label %161

161:                                              ; preds = %159
  %162 = icmp sgt i64 %88, %157
  br i1 %162, label %166, label %230

163:                                              ; preds = %159
  %164 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %157
  %165 = sub nsw i64 %88, %157
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %164, i64 noundef %165)
  br label %344

166:                                              ; preds = %161, %225
  %167 = phi i64 [ %228, %225 ], [ %157, %161 ]
  %168 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %167
  %169 = load i8, i8* %168, align 1, !tbaa !17
  %170 = icmp sgt i8 %169, -1
  br i1 %170, label %171, label %173

171:                                              ; preds = %166
  %172 = zext i8 %169 to i32
  br label %222

173:                                              ; preds = %166
  %174 = icmp ult i8 %169, -32
  br i1 %174, label %175, label %179

175:                                              ; preds = %173
  %176 = and i8 %169, 31
  %177 = zext i8 %176 to i32
  %178 = shl nuw nsw i32 %177, 6
  br label %207

179:                                              ; preds = %173
  %180 = icmp ult i8 %169, -16
  br i1 %180, label %181, label %191

181:                                              ; preds = %179
  %182 = and i8 %169, 15
  %183 = zext i8 %182 to i32
  %184 = shl nuw nsw i32 %183, 12
  %185 = getelementptr inbounds i8, i8* %168, i64 1
  %186 = load i8, i8* %185, align 1, !tbaa !17
  %187 = and i8 %186, 63
  %188 = zext i8 %187 to i32
  %189 = shl nuw nsw i32 %188, 6
  %190 = or i32 %189, %184
  br label %207

191:                                              ; preds = %179
  %192 = and i8 %169, 7
  %193 = zext i8 %192 to i32
  %194 = shl nuw nsw i32 %193, 18
  %195 = getelementptr inbounds i8, i8* %168, i64 1
  %196 = load i8, i8* %195, align 1, !tbaa !17
  %197 = and i8 %196, 63
  %198 = zext i8 %197 to i32
  %199 = shl nuw nsw i32 %198, 12
  %200 = or i32 %199, %194
  %201 = getelementptr inbounds i8, i8* %168, i64 2
  %202 = load i8, i8* %201, align 1, !tbaa !17
  %203 = and i8 %202, 63
  %204 = zext i8 %203 to i32
  %205 = shl nuw nsw i32 %204, 6
  %206 = or i32 %200, %205
  br label %207

207:                                              ; preds = %175, %181, %191
  %208 = phi i64 [ 1, %175 ], [ 2, %181 ], [ 3, %191 ]
  %209 = phi i32 [ %178, %175 ], [ %190, %181 ], [ %206, %191 ]
  %210 = phi i32 [ 2, %175 ], [ 3, %181 ], [ 4, %191 ]
  %211 = getelementptr inbounds i8, i8* %168, i64 %208
  %212 = load i8, i8* %211, align 1, !tbaa !17
  %213 = and i8 %212, 63
  %214 = zext i8 %213 to i32
  %215 = or i32 %209, %214
  %216 = icmp slt i32 %215, 128
  br i1 %216, label %222, label %217

217:                                              ; preds = %207
  switch i32 %215, label %218 [
    i32 5760, label %230
    i32 160, label %230
    i32 133, label %230
  ]

218:                                              ; preds = %217
  %219 = add nsw i32 %215, -8192
  %220 = icmp ult i32 %219, 11
  br i1 %220, label %230, label %221

221:                                              ; preds = %218
  switch i32 %215, label %225 [
    i32 8287, label %230
    i32 8239, label %230
    i32 8233, label %230
    i32 8232, label %230
    i32 12288, label %230
  ]

222:                                              ; preds = %207, %171
  %223 = phi i32 [ %172, %171 ], [ %215, %207 ]
  %224 = phi i32 [ 1, %171 ], [ %210, %207 ]
  switch i32 %223, label %225 [
    i32 32, label %230
    i32 31, label %230
    i32 30, label %230
    i32 29, label %230
    i32 28, label %230
    i32 13, label %230
    i32 12, label %230
    i32 11, label %230
    i32 10, label %230
    i32 9, label %230
  ]

225:                                              ; preds = %222, %221
  %226 = phi i32 [ %224, %222 ], [ %210, %221 ]
  %227 = zext i32 %226 to i64
  %228 = add nsw i64 %167, %227
  %229 = icmp slt i64 %228, %88
  br i1 %229, label %166, label %230, !llvm.loop !107

230:                                              ; preds = %225, %217, %217, %217, %221, %221, %221, %221, %221, %218, %222, %222, %222, %222, %222, %222, %222, %222, %222, %222, %161
  %231 = phi i64 [ %157, %161 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %222 ], [ %167, %218 ], [ %167, %221 ], [ %167, %221 ], [ %167, %221 ], [ %167, %221 ], [ %167, %221 ], [ %167, %217 ], [ %167, %217 ], [ %167, %217 ], [ %228, %225 ]
  %232 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %157
  %233 = sub nsw i64 %231, %157
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %232, i64 noundef %233)
  %234 = add nuw nsw i64 %89, 1
  %235 = load i64, i64* %22, align 8, !tbaa !11
  %236 = icmp slt i64 %231, %235
  br i1 %236, label %87, label %344, !llvm.loop !108

237:                                              ; preds = %24
  %238 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %239 = load i64, i64* %238, align 8, !tbaa !11
  %240 = icmp eq i64 %2, 0
  br i1 %240, label %266, label %241

241:                                              ; preds = %237
  %242 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %243 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  br label %246

244:                                              ; preds = %20
  %245 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  br label %269

246:                                              ; preds = %241, %260
  %247 = phi i64 [ 0, %241 ], [ %264, %260 ]
  %248 = phi i64 [ %239, %241 ], [ %253, %260 ]
  %249 = load i64, i64* %242, align 8, !tbaa !11
  %250 = sub nsw i64 %248, %249
  %251 = icmp sgt i64 %250, -1
  br i1 %251, label %252, label %266

252:                                              ; preds = %246, %257
  %253 = phi i64 [ %258, %257 ], [ %250, %246 ]
  %254 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %253
  %255 = tail call i32 @bcmp(i8* nonnull %254, i8* nonnull %243, i64 %249)
  %256 = icmp eq i32 %255, 0
  br i1 %256, label %260, label %257

257:                                              ; preds = %252
  %258 = add nsw i64 %253, -1
  %259 = icmp sgt i64 %253, 0
  br i1 %259, label %252, label %266, !llvm.loop !109

260:                                              ; preds = %252
  %261 = getelementptr inbounds i8, i8* %254, i64 %249
  %262 = add i64 %249, %253
  %263 = sub i64 %248, %262
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %261, i64 noundef %263)
  %264 = add nuw nsw i64 %247, 1
  %265 = icmp eq i64 %264, %2
  br i1 %265, label %266, label %246

266:                                              ; preds = %260, %246, %257, %237
  %267 = phi i64 [ %239, %237 ], [ %248, %257 ], [ %248, %246 ], [ %253, %260 ]
  %268 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %268, i64 noundef %267)
  br label %325

269:                                              ; preds = %244, %320
  %270 = phi i64 [ %324, %320 ], [ 0, %244 ]
  %271 = phi i64 [ %321, %320 ], [ %23, %244 ]
  %272 = icmp sgt i64 %271, 0
  br i1 %272, label %273, label %292

273:                                              ; preds = %269, %289
  %274 = phi i64 [ %290, %289 ], [ %271, %269 ]
  %275 = tail call fastcc i32 @is_space_byte_before(i8* noundef nonnull %245, i64 noundef %274)
  %276 = icmp eq i32 %275, 0
  br i1 %276, label %295, label %277

277:                                              ; preds = %273
  %278 = tail call i64 @llvm.smin.i64(i64 %274, i64 1) #37
  %279 = add nsw i64 %278, -1
  br label %280

280:                                              ; preds = %284, %277
  %281 = phi i64 [ %274, %277 ], [ %282, %284 ]
  %282 = add nsw i64 %281, -1
  %283 = icmp sgt i64 %281, 1
  br i1 %283, label %284, label %289

284:                                              ; preds = %280
  %285 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %282
  %286 = load i8, i8* %285, align 1, !tbaa !17
  %287 = and i8 %286, -64
  %288 = icmp eq i8 %287, -128
  br i1 %288, label %280, label %289, !llvm.loop !110

289:                                              ; preds = %280, %284
  %290 = phi i64 [ %279, %280 ], [ %282, %284 ]
  %291 = icmp sgt i64 %290, 0
  br i1 %291, label %273, label %292, !llvm.loop !111

292:                                              ; preds = %289, %269
  %293 = phi i64 [ %271, %269 ], [ %290, %289 ]
  %294 = icmp eq i64 %293, 0
  br i1 %294, label %325, label %295

295:                                              ; preds = %273, %292
  %296 = phi i64 [ %293, %292 ], [ %274, %273 ]
  %297 = icmp eq i64 %270, %2
  br i1 %297, label %300, label %298

298:                                              ; preds = %295
  %299 = icmp sgt i64 %296, 0
  br i1 %299, label %301, label %320

300:                                              ; preds = %295
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %245, i64 noundef %296)
  br label %325

301:                                              ; preds = %298, %317
  %302 = phi i64 [ %318, %317 ], [ %296, %298 ]
  %303 = tail call fastcc i32 @is_space_byte_before(i8* noundef nonnull %245, i64 noundef %302)
  %304 = icmp eq i32 %303, 0
  br i1 %304, label %305, label %320

305:                                              ; preds = %301
  %306 = tail call i64 @llvm.smin.i64(i64 %302, i64 1) #37
  %307 = add nsw i64 %306, -1
  br label %308

308:                                              ; preds = %312, %305
  %309 = phi i64 [ %302, %305 ], [ %310, %312 ]
  %310 = add nsw i64 %309, -1
  %311 = icmp sgt i64 %309, 1
  br i1 %311, label %312, label %317

312:                                              ; preds = %308
  %313 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %310
  %314 = load i8, i8* %313, align 1, !tbaa !17
  %315 = and i8 %314, -64
  %316 = icmp eq i8 %315, -128
  br i1 %316, label %308, label %317, !llvm.loop !110

317:                                              ; preds = %308, %312
  %318 = phi i64 [ %307, %308 ], [ %310, %312 ]
  %319 = icmp sgt i64 %318, 0
  br i1 %319, label %301, label %320, !llvm.loop !112

320:                                              ; preds = %301, %317, %298
  %321 = phi i64 [ %296, %298 ], [ %318, %317 ], [ %302, %301 ]
  %322 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %321
  %323 = sub nsw i64 %296, %321
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %13, i8* noundef nonnull %322, i64 noundef %323)
  %324 = add nuw nsw i64 %270, 1
  br label %269

325:                                              ; preds = %292, %300, %266
  %326 = getelementptr inbounds %struct.EmList, %struct.EmList* %13, i64 0, i32 2
  %327 = bitcast i8** %326 to %struct.EmStr***
  %328 = load %struct.EmStr**, %struct.EmStr*** %327, align 8, !tbaa !16
  %329 = getelementptr inbounds %struct.EmList, %struct.EmList* %13, i64 0, i32 0
  %330 = load i64, i64* %329, align 8, !tbaa !13
  %331 = icmp sgt i64 %330, 1
  br i1 %331, label %332, label %344

332:                                              ; preds = %325
  %333 = add nsw i64 %330, -1
  br label %334

334:                                              ; preds = %332, %334
  %335 = phi i64 [ %342, %334 ], [ %333, %332 ]
  %336 = phi i64 [ %341, %334 ], [ 0, %332 ]
  %337 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %328, i64 %336
  %338 = load %struct.EmStr*, %struct.EmStr** %337, align 8, !tbaa !7
  %339 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %328, i64 %335
  %340 = load %struct.EmStr*, %struct.EmStr** %339, align 8, !tbaa !7
  store %struct.EmStr* %340, %struct.EmStr** %337, align 8, !tbaa !7
  store %struct.EmStr* %338, %struct.EmStr** %339, align 8, !tbaa !7
  %341 = add nuw nsw i64 %336, 1
  %342 = add nsw i64 %335, -1
  %343 = icmp slt i64 %341, %342
  br i1 %343, label %334, label %344, !llvm.loop !113

344:                                              ; preds = %334, %156, %230, %325, %35, %163, %74, %6
  %345 = phi %struct.EmList* [ %7, %6 ], [ %13, %74 ], [ %13, %163 ], [ %13, %35 ], [ %13, %325 ], [ %13, %230 ], [ %13, %156 ], [ %13, %334 ]
  ret %struct.EmList* %345
}

; Function Attrs: nofree nosync nounwind readonly
define internal fastcc i32 @is_space_byte_before(i8* nocapture noundef readonly %0, i64 noundef %1) unnamed_addr #18 {
  %3 = tail call i64 @llvm.smin.i64(i64 %1, i64 1) #37
  %4 = add i64 %3, -1
  br label %5

5:                                                ; preds = %12, %2
  %6 = phi i64 [ %1, %2 ], [ %7, %12 ]
  %7 = add nsw i64 %6, -1
  %8 = icmp sgt i64 %6, 1
  br i1 %8, label %12, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, i8* %0, i64 %4
  %11 = load i8, i8* %10, align 1, !tbaa !17
  br label %17

12:                                               ; preds = %5
  %13 = getelementptr inbounds i8, i8* %0, i64 %7
  %14 = load i8, i8* %13, align 1, !tbaa !17
  %15 = and i8 %14, -64
  %16 = icmp eq i8 %15, -128
  br i1 %16, label %5, label %17, !llvm.loop !110

17:                                               ; preds = %12, %9
  %18 = phi i8 [ %11, %9 ], [ %14, %12 ]
  %19 = phi i64 [ %4, %9 ], [ %7, %12 ]
  %20 = getelementptr inbounds i8, i8* %0, i64 %19
  %21 = icmp sgt i8 %18, -1
  br i1 %21, label %22, label %24

22:                                               ; preds = %17
  %23 = zext i8 %18 to i32
  br label %67

24:                                               ; preds = %17
  %25 = icmp ult i8 %18, -32
  br i1 %25, label %26, label %30

26:                                               ; preds = %24
  %27 = and i8 %18, 31
  %28 = zext i8 %27 to i32
  %29 = shl nuw nsw i32 %28, 6
  br label %58

30:                                               ; preds = %24
  %31 = icmp ult i8 %18, -16
  br i1 %31, label %32, label %42

32:                                               ; preds = %30
  %33 = and i8 %18, 15
  %34 = zext i8 %33 to i32
  %35 = shl nuw nsw i32 %34, 12
  %36 = getelementptr inbounds i8, i8* %20, i64 1
  %37 = load i8, i8* %36, align 1, !tbaa !17
  %38 = and i8 %37, 63
  %39 = zext i8 %38 to i32
  %40 = shl nuw nsw i32 %39, 6
  %41 = or i32 %40, %35
  br label %58

42:                                               ; preds = %30
  %43 = and i8 %18, 7
  %44 = zext i8 %43 to i32
  %45 = shl nuw nsw i32 %44, 18
  %46 = getelementptr inbounds i8, i8* %20, i64 1
  %47 = load i8, i8* %46, align 1, !tbaa !17
  %48 = and i8 %47, 63
  %49 = zext i8 %48 to i32
  %50 = shl nuw nsw i32 %49, 12
  %51 = or i32 %50, %45
  %52 = getelementptr inbounds i8, i8* %20, i64 2
  %53 = load i8, i8* %52, align 1, !tbaa !17
  %54 = and i8 %53, 63
  %55 = zext i8 %54 to i32
  %56 = shl nuw nsw i32 %55, 6
  %57 = or i32 %51, %56
  br label %58

58:                                               ; preds = %26, %32, %42
  %59 = phi i64 [ 1, %26 ], [ 2, %32 ], [ 3, %42 ]
  %60 = phi i32 [ %29, %26 ], [ %41, %32 ], [ %57, %42 ]
  %61 = getelementptr inbounds i8, i8* %20, i64 %59
  %62 = load i8, i8* %61, align 1, !tbaa !17
  %63 = and i8 %62, 63
  %64 = zext i8 %63 to i32
  %65 = or i32 %60, %64
  %66 = icmp slt i32 %65, 128
  br i1 %66, label %67, label %75

67:                                               ; preds = %22, %58
  %68 = phi i32 [ %23, %22 ], [ %65, %58 ]
  %69 = add i32 %68, -9
  %70 = icmp ult i32 %69, 5
  %71 = add i32 %68, -28
  %72 = icmp ult i32 %71, 5
  %73 = or i1 %70, %72
  %74 = zext i1 %73 to i32
  br label %81

75:                                               ; preds = %58
  switch i32 %65, label %76 [
    i32 5760, label %81
    i32 160, label %81
    i32 133, label %81
  ]

76:                                               ; preds = %75
  %77 = add nsw i32 %65, -8192
  %78 = icmp ult i32 %77, 11
  br i1 %78, label %81, label %79

79:                                               ; preds = %76
  switch i32 %65, label %80 [
    i32 8287, label %81
    i32 8239, label %81
    i32 8233, label %81
    i32 8232, label %81
    i32 12288, label %81
  ]

80:                                               ; preds = %79
  br label %81

81:                                               ; preds = %67, %75, %75, %75, %76, %79, %79, %79, %79, %79, %80
  %82 = phi i32 [ %74, %67 ], [ 1, %75 ], [ 0, %80 ], [ 1, %79 ], [ 1, %75 ], [ 1, %75 ], [ 1, %76 ], [ 1, %79 ], [ 1, %79 ], [ 1, %79 ], [ 1, %79 ]
  ret i32 %82
}

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_str_splitlines(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

5:                                                ; preds = %1
  %6 = bitcast i8* %2 to %struct.EmList*
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %2, i8 0, i64 24, i1 false)
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %12, label %100

10:                                               ; preds = %92
  %11 = icmp sgt i64 %93, %95
  br i1 %11, label %97, label %100

12:                                               ; preds = %5, %92
  %13 = phi i64 [ %93, %92 ], [ %8, %5 ]
  %14 = phi i64 [ %95, %92 ], [ 0, %5 ]
  %15 = phi i64 [ %94, %92 ], [ 0, %5 ]
  %16 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %15
  %17 = load i8, i8* %16, align 1, !tbaa !17
  %18 = icmp sgt i8 %17, -1
  br i1 %18, label %19, label %21

19:                                               ; preds = %12
  %20 = zext i8 %17 to i32
  br label %70

21:                                               ; preds = %12
  %22 = icmp ult i8 %17, -32
  br i1 %22, label %23, label %32

23:                                               ; preds = %21
  %24 = and i8 %17, 31
  %25 = zext i8 %24 to i32
  %26 = shl nuw nsw i32 %25, 6
  %27 = getelementptr inbounds i8, i8* %16, i64 1
  %28 = load i8, i8* %27, align 1, !tbaa !17
  %29 = and i8 %28, 63
  %30 = zext i8 %29 to i32
  %31 = or i32 %26, %30
  br label %70

32:                                               ; preds = %21
  %33 = icmp ult i8 %17, -16
  br i1 %33, label %34, label %49

34:                                               ; preds = %32
  %35 = and i8 %17, 15
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 12
  %38 = getelementptr inbounds i8, i8* %16, i64 1
  %39 = load i8, i8* %38, align 1, !tbaa !17
  %40 = and i8 %39, 63
  %41 = zext i8 %40 to i32
  %42 = shl nuw nsw i32 %41, 6
  %43 = or i32 %42, %37
  %44 = getelementptr inbounds i8, i8* %16, i64 2
  %45 = load i8, i8* %44, align 1, !tbaa !17
  %46 = and i8 %45, 63
  %47 = zext i8 %46 to i32
  %48 = or i32 %43, %47
  br label %70

49:                                               ; preds = %32
  %50 = and i8 %17, 7
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 18
  %53 = getelementptr inbounds i8, i8* %16, i64 1
  %54 = load i8, i8* %53, align 1, !tbaa !17
  %55 = and i8 %54, 63
  %56 = zext i8 %55 to i32
  %57 = shl nuw nsw i32 %56, 12
  %58 = or i32 %57, %52
  %59 = getelementptr inbounds i8, i8* %16, i64 2
  %60 = load i8, i8* %59, align 1, !tbaa !17
  %61 = and i8 %60, 63
  %62 = zext i8 %61 to i32
  %63 = shl nuw nsw i32 %62, 6
  %64 = or i32 %58, %63
  %65 = getelementptr inbounds i8, i8* %16, i64 3
  %66 = load i8, i8* %65, align 1, !tbaa !17
  %67 = and i8 %66, 63
  %68 = zext i8 %67 to i32
  %69 = or i32 %64, %68
  br label %70

70:                                               ; preds = %19, %23, %34, %49
  %71 = phi i64 [ 1, %19 ], [ 2, %23 ], [ 3, %34 ], [ 4, %49 ]
  %72 = phi i32 [ %20, %19 ], [ %31, %23 ], [ %48, %34 ], [ %69, %49 ]
  %73 = icmp eq i32 %72, 13
  %74 = add nsw i32 %72, -10
  %75 = icmp ult i32 %74, 4
  br i1 %75, label %77, label %76

76:                                               ; preds = %70
  switch i32 %72, label %90 [
    i32 8233, label %77
    i32 8232, label %77
    i32 133, label %77
    i32 30, label %77
    i32 29, label %77
    i32 28, label %77
  ]

77:                                               ; preds = %70, %76, %76, %76, %76, %76, %76
  %78 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %14
  %79 = sub nsw i64 %15, %14
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %6, i8* noundef nonnull %78, i64 noundef %79)
  %80 = add nsw i64 %71, %15
  %81 = load i64, i64* %7, align 8, !tbaa !11
  %82 = icmp slt i64 %80, %81
  %83 = select i1 %73, i1 %82, i1 false
  br i1 %83, label %84, label %92

84:                                               ; preds = %77
  %85 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %80
  %86 = load i8, i8* %85, align 1, !tbaa !17
  %87 = icmp eq i8 %86, 10
  %88 = zext i1 %87 to i64
  %89 = add nsw i64 %80, %88
  br label %92

90:                                               ; preds = %76
  %91 = add nsw i64 %71, %15
  br label %92

92:                                               ; preds = %77, %84, %90
  %93 = phi i64 [ %13, %90 ], [ %81, %84 ], [ %81, %77 ]
  %94 = phi i64 [ %91, %90 ], [ %89, %84 ], [ %80, %77 ]
  %95 = phi i64 [ %14, %90 ], [ %89, %84 ], [ %80, %77 ]
  %96 = icmp slt i64 %94, %93
  br i1 %96, label %12, label %10, !llvm.loop !114

97:                                               ; preds = %10
  %98 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %95
  %99 = sub nsw i64 %93, %95
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %6, i8* noundef nonnull %98, i64 noundef %99)
  br label %100

100:                                              ; preds = %5, %97, %10
  ret %struct.EmList* %6
}

; Function Attrs: nofree nounwind readonly
define i64 @ember_str_rfind(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #17 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = sub nsw i64 %4, %6
  %8 = icmp sgt i64 %7, -1
  br i1 %8, label %9, label %115

9:                                                ; preds = %2
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  br label %11

11:                                               ; preds = %9, %112
  %12 = phi i64 [ %7, %9 ], [ %113, %112 ]
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %12
  %14 = tail call i32 @bcmp(i8* nonnull %13, i8* nonnull %10, i64 %6)
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %112

16:                                               ; preds = %11
  %17 = load i8, i8* %13, align 1, !tbaa !17
  %18 = and i8 %17, -64
  %19 = icmp eq i8 %18, -128
  br i1 %19, label %112, label %20

20:                                               ; preds = %16
  %21 = icmp eq i64 %12, 0
  br i1 %21, label %115, label %22

22:                                               ; preds = %20
  %23 = icmp ult i64 %12, 4
  br i1 %23, label %98, label %24

24:                                               ; preds = %22
  %25 = and i64 %12, -4
  %26 = add i64 %25, -4
  %27 = lshr exact i64 %26, 2
  %28 = add nuw nsw i64 %27, 1
  %29 = and i64 %28, 1
  %30 = icmp eq i64 %26, 0
  br i1 %30, label %70, label %31

31:                                               ; preds = %24
  %32 = and i64 %28, 9223372036854775806
  br label %33

33:                                               ; preds = %33, %31
  %34 = phi i64 [ 0, %31 ], [ %67, %33 ]
  %35 = phi <2 x i64> [ zeroinitializer, %31 ], [ %65, %33 ]
  %36 = phi <2 x i64> [ zeroinitializer, %31 ], [ %66, %33 ]
  %37 = phi i64 [ 0, %31 ], [ %68, %33 ]
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %34
  %39 = bitcast i8* %38 to <2 x i8>*
  %40 = load <2 x i8>, <2 x i8>* %39, align 1, !tbaa !17
  %41 = getelementptr inbounds i8, i8* %38, i64 2
  %42 = bitcast i8* %41 to <2 x i8>*
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !17
  %44 = and <2 x i8> %40, <i8 -64, i8 -64>
  %45 = and <2 x i8> %43, <i8 -64, i8 -64>
  %46 = icmp ne <2 x i8> %44, <i8 -128, i8 -128>
  %47 = icmp ne <2 x i8> %45, <i8 -128, i8 -128>
  %48 = zext <2 x i1> %46 to <2 x i64>
  %49 = zext <2 x i1> %47 to <2 x i64>
  %50 = add <2 x i64> %35, %48
  %51 = add <2 x i64> %36, %49
  %52 = or i64 %34, 4
  %53 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %52
  %54 = bitcast i8* %53 to <2 x i8>*
  %55 = load <2 x i8>, <2 x i8>* %54, align 1, !tbaa !17
  %56 = getelementptr inbounds i8, i8* %53, i64 2
  %57 = bitcast i8* %56 to <2 x i8>*
  %58 = load <2 x i8>, <2 x i8>* %57, align 1, !tbaa !17
  %59 = and <2 x i8> %55, <i8 -64, i8 -64>
  %60 = and <2 x i8> %58, <i8 -64, i8 -64>
  %61 = icmp ne <2 x i8> %59, <i8 -128, i8 -128>
  %62 = icmp ne <2 x i8> %60, <i8 -128, i8 -128>
  %63 = zext <2 x i1> %61 to <2 x i64>
  %64 = zext <2 x i1> %62 to <2 x i64>
  %65 = add <2 x i64> %50, %63
  %66 = add <2 x i64> %51, %64
  %67 = add nuw i64 %34, 8
  %68 = add i64 %37, 2
  %69 = icmp eq i64 %68, %32
  br i1 %69, label %70, label %33, !llvm.loop !115

70:                                               ; preds = %33, %24
  %71 = phi <2 x i64> [ undef, %24 ], [ %65, %33 ]
  %72 = phi <2 x i64> [ undef, %24 ], [ %66, %33 ]
  %73 = phi i64 [ 0, %24 ], [ %67, %33 ]
  %74 = phi <2 x i64> [ zeroinitializer, %24 ], [ %65, %33 ]
  %75 = phi <2 x i64> [ zeroinitializer, %24 ], [ %66, %33 ]
  %76 = icmp eq i64 %29, 0
  br i1 %76, label %92, label %77

77:                                               ; preds = %70
  %78 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %73
  %79 = bitcast i8* %78 to <2 x i8>*
  %80 = load <2 x i8>, <2 x i8>* %79, align 1, !tbaa !17
  %81 = getelementptr inbounds i8, i8* %78, i64 2
  %82 = bitcast i8* %81 to <2 x i8>*
  %83 = load <2 x i8>, <2 x i8>* %82, align 1, !tbaa !17
  %84 = and <2 x i8> %80, <i8 -64, i8 -64>
  %85 = and <2 x i8> %83, <i8 -64, i8 -64>
  %86 = icmp ne <2 x i8> %84, <i8 -128, i8 -128>
  %87 = icmp ne <2 x i8> %85, <i8 -128, i8 -128>
  %88 = zext <2 x i1> %86 to <2 x i64>
  %89 = zext <2 x i1> %87 to <2 x i64>
  %90 = add <2 x i64> %74, %88
  %91 = add <2 x i64> %75, %89
  br label %92

92:                                               ; preds = %70, %77
  %93 = phi <2 x i64> [ %71, %70 ], [ %90, %77 ]
  %94 = phi <2 x i64> [ %72, %70 ], [ %91, %77 ]
  %95 = add <2 x i64> %94, %93
  %96 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %95)
  %97 = icmp eq i64 %12, %25
  br i1 %97, label %115, label %98

98:                                               ; preds = %22, %92
  %99 = phi i64 [ 0, %22 ], [ %25, %92 ]
  %100 = phi i64 [ 0, %22 ], [ %96, %92 ]
  br label %101

101:                                              ; preds = %98, %101
  %102 = phi i64 [ %110, %101 ], [ %99, %98 ]
  %103 = phi i64 [ %109, %101 ], [ %100, %98 ]
  %104 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %102
  %105 = load i8, i8* %104, align 1, !tbaa !17
  %106 = and i8 %105, -64
  %107 = icmp ne i8 %106, -128
  %108 = zext i1 %107 to i64
  %109 = add nuw nsw i64 %103, %108
  %110 = add nuw nsw i64 %102, 1
  %111 = icmp eq i64 %110, %12
  br i1 %111, label %115, label %101, !llvm.loop !116

112:                                              ; preds = %11, %16
  %113 = add nsw i64 %12, -1
  %114 = icmp sgt i64 %12, 0
  br i1 %114, label %11, label %115, !llvm.loop !117

115:                                              ; preds = %112, %101, %92, %2, %20
  %116 = phi i64 [ 0, %20 ], [ -1, %2 ], [ %96, %92 ], [ %109, %101 ], [ -1, %112 ]
  ret i64 %116
}

; Function Attrs: nofree nounwind readonly
define i32 @ember_str_startswith_any(%struct.EmStr* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1) local_unnamed_addr #17 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !13
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %29

7:                                                ; preds = %2
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %9 = bitcast i8** %8 to %struct.EmStr***
  %10 = load %struct.EmStr**, %struct.EmStr*** %9, align 8, !tbaa !16
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %12 = load i64, i64* %11, align 8, !tbaa !11
  br label %13

13:                                               ; preds = %7, %25
  %14 = phi i1 [ true, %7 ], [ %27, %25 ]
  %15 = phi i64 [ 0, %7 ], [ %26, %25 ]
  %16 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %10, i64 %15
  %17 = load %struct.EmStr*, %struct.EmStr** %16, align 8, !tbaa !7
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 0
  %19 = load i64, i64* %18, align 8, !tbaa !11
  %20 = icmp sgt i64 %19, %12
  br i1 %20, label %25, label %21

21:                                               ; preds = %13
  %22 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 2, i64 0
  %23 = tail call i32 @bcmp(i8* nonnull %3, i8* nonnull %22, i64 %19) #37
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %29, label %25

25:                                               ; preds = %13, %21
  %26 = add nuw nsw i64 %15, 1
  %27 = icmp slt i64 %26, %5
  %28 = icmp eq i64 %26, %5
  br i1 %28, label %29, label %13, !llvm.loop !118

29:                                               ; preds = %25, %21, %2
  %30 = phi i1 [ false, %2 ], [ %14, %21 ], [ %27, %25 ]
  %31 = zext i1 %30 to i32
  ret i32 %31
}

; Function Attrs: nofree nounwind readonly
define i32 @ember_str_endswith_any(%struct.EmStr* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1) local_unnamed_addr #17 {
  %3 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !13
  %5 = icmp sgt i64 %4, 0
  br i1 %5, label %6, label %31

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %8 = bitcast i8** %7 to %struct.EmStr***
  %9 = load %struct.EmStr**, %struct.EmStr*** %8, align 8, !tbaa !16
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %11 = load i64, i64* %10, align 8, !tbaa !11
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %11
  br label %13

13:                                               ; preds = %6, %27
  %14 = phi i1 [ true, %6 ], [ %29, %27 ]
  %15 = phi i64 [ 0, %6 ], [ %28, %27 ]
  %16 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %9, i64 %15
  %17 = load %struct.EmStr*, %struct.EmStr** %16, align 8, !tbaa !7
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 0
  %19 = load i64, i64* %18, align 8, !tbaa !11
  %20 = icmp sgt i64 %19, %11
  br i1 %20, label %27, label %21

21:                                               ; preds = %13
  %22 = sub i64 0, %19
  %23 = getelementptr inbounds i8, i8* %12, i64 %22
  %24 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 2, i64 0
  %25 = tail call i32 @bcmp(i8* nonnull %23, i8* nonnull %24, i64 %19) #37
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %31, label %27

27:                                               ; preds = %13, %21
  %28 = add nuw nsw i64 %15, 1
  %29 = icmp slt i64 %28, %4
  %30 = icmp eq i64 %28, %4
  br i1 %30, label %31, label %13, !llvm.loop !119

31:                                               ; preds = %27, %21, %2
  %32 = phi i1 [ false, %2 ], [ %14, %21 ], [ %29, %27 ]
  %33 = zext i1 %32 to i32
  ret i32 %33
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_removeprefix(%struct.EmStr* noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp slt i64 %6, %4
  br i1 %7, label %33, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %11 = tail call i32 @bcmp(i8* nonnull %9, i8* nonnull %10, i64 %4) #37
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %33

13:                                               ; preds = %8
  %14 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %4
  %15 = sub nsw i64 %6, %4
  %16 = add nsw i64 %15, 17
  %17 = icmp sgt i64 %15, -18
  br i1 %17, label %18, label %23

18:                                               ; preds = %13
  %19 = icmp eq i64 %16, 0
  %20 = select i1 %19, i64 1, i64 %16
  %21 = tail call noalias i8* @malloc(i64 noundef %20) #37
  %22 = icmp eq i8* %21, null
  br i1 %22, label %23, label %24

23:                                               ; preds = %18, %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

24:                                               ; preds = %18
  %25 = icmp ugt i64 %16, 4095
  br i1 %25, label %26, label %27

26:                                               ; preds = %24
  tail call fastcc void @advise_big(i8* noundef nonnull %21, i64 noundef %16) #37
  br label %27

27:                                               ; preds = %24, %26
  %28 = bitcast i8* %21 to i64*
  store i64 %15, i64* %28, align 8, !tbaa !11
  %29 = getelementptr inbounds i8, i8* %21, i64 8
  %30 = bitcast i8* %29 to i64*
  store i64 0, i64* %30, align 8, !tbaa !11
  %31 = getelementptr inbounds i8, i8* %21, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %31, i8* nonnull align 1 %14, i64 %15, i1 false) #37
  %32 = getelementptr inbounds i8, i8* %31, i64 %15
  br label %56

33:                                               ; preds = %2, %8
  %34 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %35 = load i64, i64* %34, align 8, !tbaa !11
  %36 = icmp eq i64 %35, 0
  br i1 %36, label %37, label %60

37:                                               ; preds = %33
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %39 = add nsw i64 %6, 17
  %40 = icmp sgt i64 %6, -18
  br i1 %40, label %41, label %46

41:                                               ; preds = %37
  %42 = icmp eq i64 %39, 0
  %43 = select i1 %42, i64 1, i64 %39
  %44 = tail call noalias i8* @malloc(i64 noundef %43) #37
  %45 = icmp eq i8* %44, null
  br i1 %45, label %46, label %47

46:                                               ; preds = %41, %37
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

47:                                               ; preds = %41
  %48 = icmp ugt i64 %39, 4095
  br i1 %48, label %49, label %50

49:                                               ; preds = %47
  tail call fastcc void @advise_big(i8* noundef nonnull %44, i64 noundef %39) #37
  br label %50

50:                                               ; preds = %49, %47
  %51 = bitcast i8* %44 to i64*
  store i64 %6, i64* %51, align 8, !tbaa !11
  %52 = getelementptr inbounds i8, i8* %44, i64 8
  %53 = bitcast i8* %52 to i64*
  store i64 0, i64* %53, align 8, !tbaa !11
  %54 = getelementptr inbounds i8, i8* %44, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %54, i8* nonnull align 1 %38, i64 %6, i1 false) #37
  %55 = getelementptr inbounds i8, i8* %54, i64 %6
  br label %56

56:                                               ; preds = %27, %50
  %57 = phi i8* [ %55, %50 ], [ %32, %27 ]
  %58 = phi i8* [ %44, %50 ], [ %21, %27 ]
  %59 = bitcast i8* %58 to %struct.EmStr*
  store i8 0, i8* %57, align 1, !tbaa !17
  br label %60

60:                                               ; preds = %56, %33
  %61 = phi %struct.EmStr* [ %0, %33 ], [ %59, %56 ]
  ret %struct.EmStr* %61
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_removesuffix(%struct.EmStr* noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = icmp sgt i64 %4, 0
  br i1 %5, label %6, label %37

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = icmp slt i64 %8, %4
  br i1 %9, label %37, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %8
  %12 = sub nsw i64 0, %4
  %13 = getelementptr inbounds i8, i8* %11, i64 %12
  %14 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %15 = tail call i32 @bcmp(i8* nonnull %13, i8* nonnull %14, i64 %4) #37
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %37

17:                                               ; preds = %10
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %19 = sub nsw i64 %8, %4
  %20 = add nsw i64 %19, 17
  %21 = icmp sgt i64 %19, -18
  br i1 %21, label %22, label %27

22:                                               ; preds = %17
  %23 = icmp eq i64 %20, 0
  %24 = select i1 %23, i64 1, i64 %20
  %25 = tail call noalias i8* @malloc(i64 noundef %24) #37
  %26 = icmp eq i8* %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %22, %17
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

28:                                               ; preds = %22
  %29 = icmp ugt i64 %20, 4095
  br i1 %29, label %30, label %31

30:                                               ; preds = %28
  tail call fastcc void @advise_big(i8* noundef nonnull %25, i64 noundef %20) #37
  br label %31

31:                                               ; preds = %28, %30
  %32 = bitcast i8* %25 to i64*
  store i64 %19, i64* %32, align 8, !tbaa !11
  %33 = getelementptr inbounds i8, i8* %25, i64 8
  %34 = bitcast i8* %33 to i64*
  store i64 0, i64* %34, align 8, !tbaa !11
  %35 = getelementptr inbounds i8, i8* %25, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %35, i8* nonnull align 1 %18, i64 %19, i1 false) #37
  %36 = getelementptr inbounds i8, i8* %35, i64 %19
  br label %62

37:                                               ; preds = %6, %10, %2
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %39 = load i64, i64* %38, align 8, !tbaa !11
  %40 = icmp eq i64 %39, 0
  br i1 %40, label %41, label %66

41:                                               ; preds = %37
  %42 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %43 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %44 = load i64, i64* %43, align 8, !tbaa !11
  %45 = add nsw i64 %44, 17
  %46 = icmp sgt i64 %44, -18
  br i1 %46, label %47, label %52

47:                                               ; preds = %41
  %48 = icmp eq i64 %45, 0
  %49 = select i1 %48, i64 1, i64 %45
  %50 = tail call noalias i8* @malloc(i64 noundef %49) #37
  %51 = icmp eq i8* %50, null
  br i1 %51, label %52, label %53

52:                                               ; preds = %47, %41
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

53:                                               ; preds = %47
  %54 = icmp ugt i64 %45, 4095
  br i1 %54, label %55, label %56

55:                                               ; preds = %53
  tail call fastcc void @advise_big(i8* noundef nonnull %50, i64 noundef %45) #37
  br label %56

56:                                               ; preds = %55, %53
  %57 = bitcast i8* %50 to i64*
  store i64 %44, i64* %57, align 8, !tbaa !11
  %58 = getelementptr inbounds i8, i8* %50, i64 8
  %59 = bitcast i8* %58 to i64*
  store i64 0, i64* %59, align 8, !tbaa !11
  %60 = getelementptr inbounds i8, i8* %50, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %60, i8* nonnull align 1 %42, i64 %44, i1 false) #37
  %61 = getelementptr inbounds i8, i8* %60, i64 %44
  br label %62

62:                                               ; preds = %31, %56
  %63 = phi i8* [ %61, %56 ], [ %36, %31 ]
  %64 = phi i8* [ %50, %56 ], [ %25, %31 ]
  %65 = bitcast i8* %64 to %struct.EmStr*
  store i8 0, i8* %63, align 1, !tbaa !17
  br label %66

66:                                               ; preds = %62, %37
  %67 = phi %struct.EmStr* [ %0, %37 ], [ %65, %62 ]
  ret %struct.EmStr* %67
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_swapcase(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, i8* %2, i64 8
  %7 = bitcast i8* %6 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %7, align 8, !tbaa !11
  %8 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %5
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

11:                                               ; preds = %5
  %12 = bitcast i8* %2 to %struct.EmBuf*
  %13 = bitcast i8* %2 to i8**
  store i8* %8, i8** %13, align 8, !tbaa !43
  %14 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %15 = load i64, i64* %14, align 8, !tbaa !11
  %16 = icmp sgt i64 %15, 0
  br i1 %16, label %30, label %17

17:                                               ; preds = %11
  %18 = bitcast i8* %8 to %struct.EmStr*
  br label %24

19:                                               ; preds = %93
  %20 = bitcast i8* %2 to %struct.EmStr**
  %21 = load %struct.EmStr*, %struct.EmStr** %20, align 8, !tbaa !43
  %22 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %12, i64 0, i32 1
  %23 = load i64, i64* %22, align 8, !tbaa !45
  br label %24

24:                                               ; preds = %17, %19
  %25 = phi i64 [ %23, %19 ], [ 0, %17 ]
  %26 = phi %struct.EmStr* [ %21, %19 ], [ %18, %17 ]
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %26, i64 0, i32 0
  store i64 %25, i64* %27, align 8, !tbaa !11
  %28 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %26, i64 0, i32 1
  store i64 0, i64* %28, align 8, !tbaa !11
  %29 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %26, i64 0, i32 2, i64 %25
  store i8 0, i8* %29, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %2) #37
  ret %struct.EmStr* %26

30:                                               ; preds = %11, %93
  %31 = phi i64 [ %95, %93 ], [ 0, %11 ]
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %31
  %33 = load i8, i8* %32, align 1, !tbaa !17
  %34 = icmp sgt i8 %33, -1
  br i1 %34, label %35, label %37

35:                                               ; preds = %30
  %36 = zext i8 %33 to i32
  br label %86

37:                                               ; preds = %30
  %38 = icmp ult i8 %33, -32
  br i1 %38, label %39, label %48

39:                                               ; preds = %37
  %40 = and i8 %33, 31
  %41 = zext i8 %40 to i32
  %42 = shl nuw nsw i32 %41, 6
  %43 = getelementptr inbounds i8, i8* %32, i64 1
  %44 = load i8, i8* %43, align 1, !tbaa !17
  %45 = and i8 %44, 63
  %46 = zext i8 %45 to i32
  %47 = or i32 %42, %46
  br label %86

48:                                               ; preds = %37
  %49 = icmp ult i8 %33, -16
  br i1 %49, label %50, label %65

50:                                               ; preds = %48
  %51 = and i8 %33, 15
  %52 = zext i8 %51 to i32
  %53 = shl nuw nsw i32 %52, 12
  %54 = getelementptr inbounds i8, i8* %32, i64 1
  %55 = load i8, i8* %54, align 1, !tbaa !17
  %56 = and i8 %55, 63
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 6
  %59 = or i32 %58, %53
  %60 = getelementptr inbounds i8, i8* %32, i64 2
  %61 = load i8, i8* %60, align 1, !tbaa !17
  %62 = and i8 %61, 63
  %63 = zext i8 %62 to i32
  %64 = or i32 %59, %63
  br label %86

65:                                               ; preds = %48
  %66 = and i8 %33, 7
  %67 = zext i8 %66 to i32
  %68 = shl nuw nsw i32 %67, 18
  %69 = getelementptr inbounds i8, i8* %32, i64 1
  %70 = load i8, i8* %69, align 1, !tbaa !17
  %71 = and i8 %70, 63
  %72 = zext i8 %71 to i32
  %73 = shl nuw nsw i32 %72, 12
  %74 = or i32 %73, %68
  %75 = getelementptr inbounds i8, i8* %32, i64 2
  %76 = load i8, i8* %75, align 1, !tbaa !17
  %77 = and i8 %76, 63
  %78 = zext i8 %77 to i32
  %79 = shl nuw nsw i32 %78, 6
  %80 = or i32 %74, %79
  %81 = getelementptr inbounds i8, i8* %32, i64 3
  %82 = load i8, i8* %81, align 1, !tbaa !17
  %83 = and i8 %82, 63
  %84 = zext i8 %83 to i32
  %85 = or i32 %80, %84
  br label %86

86:                                               ; preds = %35, %39, %50, %65
  %87 = phi i64 [ 1, %35 ], [ 2, %39 ], [ 3, %50 ], [ 4, %65 ]
  %88 = phi i32 [ %36, %35 ], [ %47, %39 ], [ %64, %50 ], [ %85, %65 ]
  %89 = tail call fastcc i32 @cp_upper(i32 noundef %88)
  %90 = icmp eq i32 %89, %88
  br i1 %90, label %91, label %93

91:                                               ; preds = %86
  %92 = tail call fastcc i32 @cp_lower(i32 noundef %88)
  br label %93

93:                                               ; preds = %86, %91
  %94 = phi i32 [ %92, %91 ], [ %89, %86 ]
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %12, i32 noundef %94)
  %95 = add nuw nsw i64 %87, %31
  %96 = load i64, i64* %14, align 8, !tbaa !11
  %97 = icmp slt i64 %95, %96
  br i1 %97, label %30, label %19, !llvm.loop !120
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone willreturn
define internal fastcc i32 @cp_upper(i32 noundef %0) unnamed_addr #11 {
  %2 = icmp slt i32 %0, 128
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = add i32 %0, -97
  %5 = icmp ult i32 %4, 26
  %6 = add nsw i32 %0, -32
  %7 = select i1 %5, i32 %6, i32 %0
  br label %70

8:                                                ; preds = %1
  %9 = icmp ult i32 %0, 256
  br i1 %9, label %10, label %18

10:                                               ; preds = %8
  switch i32 %0, label %12 [
    i32 181, label %70
    i32 255, label %11
  ]

11:                                               ; preds = %10
  br label %70

12:                                               ; preds = %10
  %13 = icmp ugt i32 %0, 223
  %14 = icmp ne i32 %0, 247
  %15 = and i1 %13, %14
  %16 = add nsw i32 %0, -32
  %17 = select i1 %15, i32 %16, i32 %0
  br label %70

18:                                               ; preds = %8
  %19 = icmp ult i32 %0, 384
  br i1 %19, label %20, label %38

20:                                               ; preds = %18
  switch i32 %0, label %22 [
    i32 305, label %70
    i32 383, label %21
  ]

21:                                               ; preds = %20
  br label %70

22:                                               ; preds = %20
  %23 = icmp ult i32 %0, 312
  %24 = add nsw i32 %0, -330
  %25 = icmp ult i32 %24, 46
  %26 = or i1 %23, %25
  br i1 %26, label %27, label %29

27:                                               ; preds = %22
  %28 = and i32 %0, -2
  br label %70

29:                                               ; preds = %22
  %30 = add nsw i32 %0, -313
  %31 = icmp ult i32 %30, 16
  %32 = icmp ugt i32 %0, 376
  %33 = or i1 %32, %31
  br i1 %33, label %34, label %70

34:                                               ; preds = %29
  %35 = and i32 %0, 1
  %36 = add nsw i32 %0, -1
  %37 = add nuw nsw i32 %36, %35
  br label %70

38:                                               ; preds = %18
  %39 = add nsw i32 %0, -940
  %40 = icmp ult i32 %39, 35
  br i1 %40, label %41, label %60

41:                                               ; preds = %38
  %42 = icmp eq i32 %0, 940
  br i1 %42, label %70, label %43

43:                                               ; preds = %41
  %44 = icmp ult i32 %0, 944
  br i1 %44, label %45, label %47

45:                                               ; preds = %43
  %46 = add nsw i32 %0, -37
  br label %70

47:                                               ; preds = %43
  %48 = icmp eq i32 %0, 962
  br i1 %48, label %70, label %49

49:                                               ; preds = %47
  %50 = add nsw i32 %0, -945
  %51 = icmp ult i32 %50, 27
  br i1 %51, label %52, label %54

52:                                               ; preds = %49
  %53 = add nsw i32 %0, -32
  br label %70

54:                                               ; preds = %49
  %55 = icmp eq i32 %0, 972
  br i1 %55, label %70, label %56

56:                                               ; preds = %54
  %57 = icmp ugt i32 %0, 972
  %58 = add nsw i32 %0, -63
  %59 = select i1 %57, i32 %58, i32 %0
  br label %70

60:                                               ; preds = %38
  %61 = add nsw i32 %0, -1072
  %62 = icmp ult i32 %61, 32
  br i1 %62, label %63, label %65

63:                                               ; preds = %60
  %64 = add nsw i32 %0, -32
  br label %70

65:                                               ; preds = %60
  %66 = and i32 %0, -16
  %67 = icmp eq i32 %66, 1104
  %68 = add nsw i32 %0, -80
  %69 = select i1 %67, i32 %68, i32 %0
  br label %70

70:                                               ; preds = %65, %56, %54, %47, %41, %29, %20, %10, %63, %52, %45, %34, %27, %21, %12, %11, %3
  %71 = phi i32 [ %7, %3 ], [ 376, %11 ], [ %17, %12 ], [ 83, %21 ], [ %28, %27 ], [ %37, %34 ], [ %46, %45 ], [ %53, %52 ], [ %64, %63 ], [ 924, %10 ], [ 73, %20 ], [ %0, %29 ], [ 902, %41 ], [ 931, %47 ], [ 908, %54 ], [ %59, %56 ], [ %69, %65 ]
  ret i32 %71
}

; Function Attrs: nounwind
define internal fastcc void @buf_cp(%struct.EmBuf* nocapture noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = alloca i32, align 4
  %4 = bitcast i32* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %4)
  %5 = icmp slt i32 %1, 128
  br i1 %5, label %6, label %8

6:                                                ; preds = %2
  %7 = trunc i32 %1 to i8
  store i8 %7, i8* %4, align 4, !tbaa !17
  br label %51

8:                                                ; preds = %2
  %9 = icmp ult i32 %1, 2048
  br i1 %9, label %10, label %18

10:                                               ; preds = %8
  %11 = lshr i32 %1, 6
  %12 = trunc i32 %11 to i8
  %13 = or i8 %12, -64
  store i8 %13, i8* %4, align 4, !tbaa !17
  %14 = trunc i32 %1 to i8
  %15 = and i8 %14, 63
  %16 = or i8 %15, -128
  %17 = getelementptr inbounds i8, i8* %4, i64 1
  store i8 %16, i8* %17, align 1, !tbaa !17
  br label %51

18:                                               ; preds = %8
  %19 = icmp ult i32 %1, 65536
  br i1 %19, label %20, label %33

20:                                               ; preds = %18
  %21 = lshr i32 %1, 12
  %22 = trunc i32 %21 to i8
  %23 = or i8 %22, -32
  store i8 %23, i8* %4, align 4, !tbaa !17
  %24 = lshr i32 %1, 6
  %25 = trunc i32 %24 to i8
  %26 = and i8 %25, 63
  %27 = or i8 %26, -128
  %28 = getelementptr inbounds i8, i8* %4, i64 1
  store i8 %27, i8* %28, align 1, !tbaa !17
  %29 = trunc i32 %1 to i8
  %30 = and i8 %29, 63
  %31 = or i8 %30, -128
  %32 = getelementptr inbounds i8, i8* %4, i64 2
  store i8 %31, i8* %32, align 2, !tbaa !17
  br label %51

33:                                               ; preds = %18
  %34 = lshr i32 %1, 18
  %35 = trunc i32 %34 to i8
  %36 = or i8 %35, -16
  store i8 %36, i8* %4, align 4, !tbaa !17
  %37 = lshr i32 %1, 12
  %38 = trunc i32 %37 to i8
  %39 = and i8 %38, 63
  %40 = or i8 %39, -128
  %41 = getelementptr inbounds i8, i8* %4, i64 1
  store i8 %40, i8* %41, align 1, !tbaa !17
  %42 = lshr i32 %1, 6
  %43 = trunc i32 %42 to i8
  %44 = and i8 %43, 63
  %45 = or i8 %44, -128
  %46 = getelementptr inbounds i8, i8* %4, i64 2
  store i8 %45, i8* %46, align 2, !tbaa !17
  %47 = trunc i32 %1 to i8
  %48 = and i8 %47, 63
  %49 = or i8 %48, -128
  %50 = getelementptr inbounds i8, i8* %4, i64 3
  store i8 %49, i8* %50, align 1, !tbaa !17
  br label %51

51:                                               ; preds = %6, %10, %20, %33
  %52 = phi i64 [ 1, %6 ], [ 2, %10 ], [ 3, %20 ], [ 4, %33 ]
  %53 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %54 = load i64, i64* %53, align 8, !tbaa !45
  %55 = add nsw i64 %54, %52
  %56 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %57 = load i64, i64* %56, align 8, !tbaa !67
  %58 = icmp sgt i64 %55, %57
  br i1 %58, label %62, label %59

59:                                               ; preds = %51
  %60 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %61 = load i8*, i8** %60, align 8, !tbaa !43
  br label %81

62:                                               ; preds = %51
  %63 = shl nsw i64 %57, 1
  %64 = icmp sgt i64 %63, %55
  %65 = select i1 %64, i64 %63, i64 %55
  %66 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %67 = add nsw i64 %65, 17
  %68 = icmp sgt i64 %65, -18
  br i1 %68, label %69, label %75

69:                                               ; preds = %62
  %70 = load i8*, i8** %66, align 8, !tbaa !43
  %71 = icmp eq i64 %67, 0
  %72 = select i1 %71, i64 1, i64 %67
  %73 = tail call i8* @realloc(i8* noundef %70, i64 noundef %72) #37
  %74 = icmp eq i8* %73, null
  br i1 %74, label %75, label %76

75:                                               ; preds = %69, %62
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

76:                                               ; preds = %69
  %77 = icmp ugt i64 %67, 4095
  br i1 %77, label %78, label %79

78:                                               ; preds = %76
  tail call fastcc void @advise_big(i8* noundef nonnull %73, i64 noundef %67) #37
  br label %79

79:                                               ; preds = %78, %76
  store i8* %73, i8** %66, align 8, !tbaa !43
  store i64 %65, i64* %56, align 8, !tbaa !67
  %80 = load i64, i64* %53, align 8, !tbaa !45
  br label %81

81:                                               ; preds = %59, %79
  %82 = phi i64 [ %54, %59 ], [ %80, %79 ]
  %83 = phi i8* [ %61, %59 ], [ %73, %79 ]
  %84 = getelementptr inbounds i8, i8* %83, i64 16
  %85 = getelementptr inbounds i8, i8* %84, i64 %82
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %85, i8* noundef nonnull align 4 %4, i64 %52, i1 false) #37
  %86 = load i64, i64* %53, align 8, !tbaa !45
  %87 = add nsw i64 %86, %52
  store i64 %87, i64* %53, align 8, !tbaa !45
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %4)
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone willreturn
define internal fastcc i32 @cp_lower(i32 noundef %0) unnamed_addr #11 {
  %2 = icmp slt i32 %0, 128
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = add i32 %0, -65
  %5 = icmp ult i32 %4, 26
  %6 = add nsw i32 %0, 32
  %7 = select i1 %5, i32 %6, i32 %0
  br label %72

8:                                                ; preds = %1
  %9 = icmp ult i32 %0, 256
  br i1 %9, label %10, label %17

10:                                               ; preds = %8
  %11 = add nsw i32 %0, -192
  %12 = icmp ult i32 %11, 31
  %13 = icmp ne i32 %0, 215
  %14 = and i1 %13, %12
  %15 = add nuw nsw i32 %0, 32
  %16 = select i1 %14, i32 %15, i32 %0
  br label %72

17:                                               ; preds = %8
  %18 = icmp ult i32 %0, 384
  br i1 %18, label %19, label %39

19:                                               ; preds = %17
  %20 = icmp eq i32 %0, 376
  br i1 %20, label %72, label %21

21:                                               ; preds = %19
  %22 = icmp ult i32 %0, 312
  %23 = icmp ne i32 %0, 304
  %24 = and i1 %22, %23
  %25 = add nsw i32 %0, -330
  %26 = icmp ult i32 %25, 46
  %27 = or i1 %24, %26
  br i1 %27, label %28, label %30

28:                                               ; preds = %21
  %29 = or i32 %0, 1
  br label %72

30:                                               ; preds = %21
  %31 = add nsw i32 %0, -313
  %32 = icmp ult i32 %31, 16
  %33 = add nsw i32 %0, -377
  %34 = icmp ult i32 %33, 6
  %35 = or i1 %32, %34
  br i1 %35, label %36, label %72

36:                                               ; preds = %30
  %37 = and i32 %0, 1
  %38 = add nuw nsw i32 %37, %0
  br label %72

39:                                               ; preds = %17
  %40 = add nsw i32 %0, -902
  %41 = icmp ult i32 %40, 38
  br i1 %41, label %42, label %62

42:                                               ; preds = %39
  %43 = icmp eq i32 %0, 902
  br i1 %43, label %72, label %44

44:                                               ; preds = %42
  %45 = add nsw i32 %0, -904
  %46 = icmp ult i32 %45, 3
  br i1 %46, label %47, label %49

47:                                               ; preds = %44
  %48 = add nuw nsw i32 %0, 37
  br label %72

49:                                               ; preds = %44
  %50 = icmp eq i32 %0, 908
  br i1 %50, label %72, label %51

51:                                               ; preds = %49
  %52 = and i32 %0, -2
  %53 = icmp eq i32 %52, 910
  br i1 %53, label %54, label %56

54:                                               ; preds = %51
  %55 = add nuw nsw i32 %0, 63
  br label %72

56:                                               ; preds = %51
  %57 = icmp ugt i32 %0, 912
  %58 = icmp ne i32 %0, 930
  %59 = and i1 %57, %58
  %60 = add nuw nsw i32 %0, 32
  %61 = select i1 %59, i32 %60, i32 %0
  br label %72

62:                                               ; preds = %39
  %63 = add nsw i32 %0, -1040
  %64 = icmp ult i32 %63, 32
  br i1 %64, label %65, label %67

65:                                               ; preds = %62
  %66 = add nuw nsw i32 %0, 32
  br label %72

67:                                               ; preds = %62
  %68 = and i32 %0, -16
  %69 = icmp eq i32 %68, 1024
  %70 = add nuw nsw i32 %0, 80
  %71 = select i1 %69, i32 %70, i32 %0
  br label %72

72:                                               ; preds = %67, %56, %49, %42, %30, %19, %65, %54, %47, %36, %28, %10, %3
  %73 = phi i32 [ %7, %3 ], [ %16, %10 ], [ %29, %28 ], [ %38, %36 ], [ %48, %47 ], [ %55, %54 ], [ %66, %65 ], [ 255, %19 ], [ %0, %30 ], [ 940, %42 ], [ 972, %49 ], [ %61, %56 ], [ %71, %67 ]
  ret i32 %73
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_expandtabs(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 8
  %8 = bitcast i8* %7 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %8, align 8, !tbaa !11
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %6
  %13 = bitcast i8* %3 to %struct.EmBuf*
  %14 = bitcast i8* %3 to i8**
  store i8* %9, i8** %14, align 8, !tbaa !43
  %15 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %16 = load i64, i64* %15, align 8, !tbaa !11
  %17 = icmp sgt i64 %16, 0
  br i1 %17, label %20, label %18

18:                                               ; preds = %12
  %19 = bitcast i8* %9 to %struct.EmStr*
  br label %29

20:                                               ; preds = %12
  %21 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 1
  %22 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 2
  %23 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 0
  %24 = icmp sgt i64 %1, 0
  br label %35

25:                                               ; preds = %140
  %26 = bitcast i8* %3 to %struct.EmStr**
  %27 = load %struct.EmStr*, %struct.EmStr** %26, align 8, !tbaa !43
  %28 = load i64, i64* %21, align 8, !tbaa !45
  br label %29

29:                                               ; preds = %18, %25
  %30 = phi i64 [ %28, %25 ], [ 0, %18 ]
  %31 = phi %struct.EmStr* [ %27, %25 ], [ %19, %18 ]
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %31, i64 0, i32 0
  store i64 %30, i64* %32, align 8, !tbaa !11
  %33 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %31, i64 0, i32 1
  store i64 0, i64* %33, align 8, !tbaa !11
  %34 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %31, i64 0, i32 2, i64 %30
  store i8 0, i8* %34, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %3) #37
  ret %struct.EmStr* %31

35:                                               ; preds = %20, %140
  %36 = phi i64 [ 0, %20 ], [ %141, %140 ]
  %37 = phi i64 [ 0, %20 ], [ %142, %140 ]
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %37
  %39 = load i8, i8* %38, align 1, !tbaa !17
  %40 = icmp sgt i8 %39, -1
  br i1 %40, label %41, label %43

41:                                               ; preds = %35
  %42 = zext i8 %39 to i32
  br label %92

43:                                               ; preds = %35
  %44 = icmp ult i8 %39, -32
  br i1 %44, label %45, label %54

45:                                               ; preds = %43
  %46 = and i8 %39, 31
  %47 = zext i8 %46 to i32
  %48 = shl nuw nsw i32 %47, 6
  %49 = getelementptr inbounds i8, i8* %38, i64 1
  %50 = load i8, i8* %49, align 1, !tbaa !17
  %51 = and i8 %50, 63
  %52 = zext i8 %51 to i32
  %53 = or i32 %48, %52
  br label %92

54:                                               ; preds = %43
  %55 = icmp ult i8 %39, -16
  br i1 %55, label %56, label %71

56:                                               ; preds = %54
  %57 = and i8 %39, 15
  %58 = zext i8 %57 to i32
  %59 = shl nuw nsw i32 %58, 12
  %60 = getelementptr inbounds i8, i8* %38, i64 1
  %61 = load i8, i8* %60, align 1, !tbaa !17
  %62 = and i8 %61, 63
  %63 = zext i8 %62 to i32
  %64 = shl nuw nsw i32 %63, 6
  %65 = or i32 %64, %59
  %66 = getelementptr inbounds i8, i8* %38, i64 2
  %67 = load i8, i8* %66, align 1, !tbaa !17
  %68 = and i8 %67, 63
  %69 = zext i8 %68 to i32
  %70 = or i32 %65, %69
  br label %92

71:                                               ; preds = %54
  %72 = and i8 %39, 7
  %73 = zext i8 %72 to i32
  %74 = shl nuw nsw i32 %73, 18
  %75 = getelementptr inbounds i8, i8* %38, i64 1
  %76 = load i8, i8* %75, align 1, !tbaa !17
  %77 = and i8 %76, 63
  %78 = zext i8 %77 to i32
  %79 = shl nuw nsw i32 %78, 12
  %80 = or i32 %79, %74
  %81 = getelementptr inbounds i8, i8* %38, i64 2
  %82 = load i8, i8* %81, align 1, !tbaa !17
  %83 = and i8 %82, 63
  %84 = zext i8 %83 to i32
  %85 = shl nuw nsw i32 %84, 6
  %86 = or i32 %80, %85
  %87 = getelementptr inbounds i8, i8* %38, i64 3
  %88 = load i8, i8* %87, align 1, !tbaa !17
  %89 = and i8 %88, 63
  %90 = zext i8 %89 to i32
  %91 = or i32 %86, %90
  br label %92

92:                                               ; preds = %41, %45, %56, %71
  %93 = phi i64 [ 1, %41 ], [ 2, %45 ], [ 3, %56 ], [ 4, %71 ]
  %94 = phi i32 [ %42, %41 ], [ %53, %45 ], [ %70, %56 ], [ %91, %71 ]
  %95 = icmp eq i32 %94, 9
  br i1 %95, label %96, label %107

96:                                               ; preds = %92
  br i1 %24, label %97, label %140

97:                                               ; preds = %96
  %98 = srem i64 %36, %1
  %99 = sub i64 %1, %98
  %100 = icmp sgt i64 %99, 0
  br i1 %100, label %103, label %101

101:                                              ; preds = %103, %97
  %102 = add nsw i64 %99, %36
  br label %140

103:                                              ; preds = %97, %103
  %104 = phi i64 [ %105, %103 ], [ 0, %97 ]
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %13, i8 noundef signext 32)
  %105 = add nuw nsw i64 %104, 1
  %106 = icmp eq i64 %105, %99
  br i1 %106, label %101, label %103, !llvm.loop !121

107:                                              ; preds = %92
  %108 = load i64, i64* %21, align 8, !tbaa !45
  %109 = add nsw i64 %108, %93
  %110 = load i64, i64* %22, align 8, !tbaa !67
  %111 = icmp sgt i64 %109, %110
  br i1 %111, label %114, label %112

112:                                              ; preds = %107
  %113 = load i8*, i8** %23, align 8, !tbaa !43
  br label %131

114:                                              ; preds = %107
  %115 = shl nsw i64 %110, 1
  %116 = icmp sgt i64 %115, %109
  %117 = select i1 %116, i64 %115, i64 %109
  %118 = add nsw i64 %117, 17
  %119 = icmp sgt i64 %117, -18
  br i1 %119, label %120, label %126

120:                                              ; preds = %114
  %121 = load i8*, i8** %23, align 8, !tbaa !43
  %122 = icmp eq i64 %118, 0
  %123 = select i1 %122, i64 1, i64 %118
  %124 = tail call i8* @realloc(i8* noundef %121, i64 noundef %123) #37
  %125 = icmp eq i8* %124, null
  br i1 %125, label %126, label %127

126:                                              ; preds = %120, %114
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

127:                                              ; preds = %120
  %128 = icmp ugt i64 %118, 4095
  br i1 %128, label %129, label %130

129:                                              ; preds = %127
  tail call fastcc void @advise_big(i8* noundef nonnull %124, i64 noundef %118) #37
  br label %130

130:                                              ; preds = %129, %127
  store i8* %124, i8** %23, align 8, !tbaa !43
  store i64 %117, i64* %22, align 8, !tbaa !67
  br label %131

131:                                              ; preds = %112, %130
  %132 = phi i8* [ %113, %112 ], [ %124, %130 ]
  %133 = getelementptr inbounds i8, i8* %132, i64 16
  %134 = getelementptr inbounds i8, i8* %133, i64 %108
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %134, i8* noundef nonnull align 1 %38, i64 %93, i1 false) #37
  store i64 %109, i64* %21, align 8, !tbaa !45
  %135 = icmp eq i32 %94, 10
  %136 = icmp eq i32 %94, 13
  %137 = or i1 %135, %136
  %138 = add nsw i64 %36, 1
  %139 = select i1 %137, i64 0, i64 %138
  br label %140

140:                                              ; preds = %96, %101, %131
  %141 = phi i64 [ %102, %101 ], [ %36, %96 ], [ %139, %131 ]
  %142 = add nuw nsw i64 %93, %37
  %143 = load i64, i64* %15, align 8, !tbaa !11
  %144 = icmp slt i64 %142, %143
  br i1 %144, label %35, label %25, !llvm.loop !122
}

; Function Attrs: nounwind
define void @ember_str_partition(%struct.EmStr* noundef %0, %struct.EmStr* noundef %1, i32 noundef %2, %struct.EmStr** nocapture noundef writeonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.9, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable

9:                                                ; preds = %4
  %10 = icmp eq i32 %2, 0
  br i1 %10, label %26, label %11

11:                                               ; preds = %9
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %13 = load i64, i64* %12, align 8, !tbaa !11
  %14 = sub nsw i64 %13, %6
  %15 = icmp sgt i64 %14, -1
  br i1 %15, label %16, label %57

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  br label %18

18:                                               ; preds = %16, %23
  %19 = phi i64 [ %14, %16 ], [ %24, %23 ]
  %20 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %19
  %21 = tail call i32 @bcmp(i8* nonnull %20, i8* nonnull %17, i64 %6)
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %99, label %23

23:                                               ; preds = %18
  %24 = add nsw i64 %19, -1
  %25 = icmp sgt i64 %19, 0
  br i1 %25, label %18, label %57, !llvm.loop !123

26:                                               ; preds = %9
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %28 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %29 = load i64, i64* %28, align 8, !tbaa !11
  %30 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %31 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %29
  %32 = sub i64 0, %6
  %33 = getelementptr inbounds i8, i8* %31, i64 %32
  %34 = getelementptr inbounds i8, i8* %33, i64 1
  %35 = icmp ult i8* %27, %34
  br i1 %35, label %36, label %57

36:                                               ; preds = %26
  %37 = load i8, i8* %30, align 1, !tbaa !17
  %38 = sext i8 %37 to i32
  %39 = ptrtoint i8* %34 to i64
  br label %40

40:                                               ; preds = %49, %36
  %41 = phi i8* [ %27, %36 ], [ %50, %49 ]
  %42 = ptrtoint i8* %41 to i64
  %43 = sub i64 %39, %42
  %44 = tail call i8* @memchr(i8* noundef nonnull %41, i32 noundef %38, i64 noundef %43) #39
  %45 = icmp eq i8* %44, null
  br i1 %45, label %57, label %46

46:                                               ; preds = %40
  %47 = tail call i32 @bcmp(i8* nonnull %44, i8* nonnull %30, i64 %6) #37
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %52, label %49

49:                                               ; preds = %46
  %50 = getelementptr inbounds i8, i8* %44, i64 1
  %51 = icmp ult i8* %44, %33
  br i1 %51, label %40, label %57, !llvm.loop !79

52:                                               ; preds = %46
  %53 = ptrtoint i8* %44 to i64
  %54 = ptrtoint i8* %27 to i64
  %55 = sub i64 %53, %54
  %56 = icmp slt i64 %55, 0
  br i1 %56, label %57, label %99

57:                                               ; preds = %23, %49, %40, %11, %26, %52
  %58 = phi i64 [ %13, %11 ], [ %29, %26 ], [ %29, %52 ], [ %29, %40 ], [ %29, %49 ], [ %13, %23 ]
  %59 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %60 = load i64, i64* %59, align 8, !tbaa !11
  %61 = icmp eq i64 %60, 0
  br i1 %61, label %62, label %82

62:                                               ; preds = %57
  %63 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %64 = add nsw i64 %58, 17
  %65 = icmp sgt i64 %58, -18
  br i1 %65, label %66, label %71

66:                                               ; preds = %62
  %67 = icmp eq i64 %64, 0
  %68 = select i1 %67, i64 1, i64 %64
  %69 = tail call noalias i8* @malloc(i64 noundef %68) #37
  %70 = icmp eq i8* %69, null
  br i1 %70, label %71, label %72

71:                                               ; preds = %66, %62
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

72:                                               ; preds = %66
  %73 = icmp ugt i64 %64, 4095
  br i1 %73, label %74, label %75

74:                                               ; preds = %72
  tail call fastcc void @advise_big(i8* noundef nonnull %69, i64 noundef %64) #37
  br label %75

75:                                               ; preds = %74, %72
  %76 = bitcast i8* %69 to %struct.EmStr*
  %77 = bitcast i8* %69 to i64*
  store i64 %58, i64* %77, align 8, !tbaa !11
  %78 = getelementptr inbounds i8, i8* %69, i64 8
  %79 = bitcast i8* %78 to i64*
  store i64 0, i64* %79, align 8, !tbaa !11
  %80 = getelementptr inbounds i8, i8* %69, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %80, i8* nonnull align 1 %63, i64 %58, i1 false) #37
  %81 = getelementptr inbounds i8, i8* %80, i64 %58
  store i8 0, i8* %81, align 1, !tbaa !17
  br label %82

82:                                               ; preds = %57, %75
  %83 = phi %struct.EmStr* [ %76, %75 ], [ %0, %57 ]
  %84 = select i1 %10, i64 0, i64 2
  %85 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %3, i64 %84
  store %struct.EmStr* %83, %struct.EmStr** %85, align 8, !tbaa !7
  %86 = tail call noalias dereferenceable_or_null(17) i8* @malloc(i64 noundef 17) #37
  %87 = icmp eq i8* %86, null
  br i1 %87, label %88, label %89

88:                                               ; preds = %82
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

89:                                               ; preds = %82
  %90 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %3, i64 1
  %91 = bitcast %struct.EmStr** %90 to i8**
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(17) %86, i8 0, i64 17, i1 false)
  store i8* %86, i8** %91, align 8, !tbaa !7
  %92 = tail call noalias dereferenceable_or_null(17) i8* @malloc(i64 noundef 17) #37
  %93 = icmp eq i8* %92, null
  br i1 %93, label %94, label %95

94:                                               ; preds = %89
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

95:                                               ; preds = %89
  %96 = select i1 %10, i64 2, i64 0
  %97 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %3, i64 %96
  %98 = bitcast %struct.EmStr** %97 to i8**
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(17) %92, i8 0, i64 17, i1 false)
  store i8* %92, i8** %98, align 8, !tbaa !7
  br label %169

99:                                               ; preds = %18, %52
  %100 = phi i64 [ %55, %52 ], [ %19, %18 ]
  %101 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %102 = add nuw nsw i64 %100, 17
  %103 = tail call noalias i8* @malloc(i64 noundef %102) #37
  %104 = icmp eq i8* %103, null
  br i1 %104, label %105, label %106

105:                                              ; preds = %99
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

106:                                              ; preds = %99
  %107 = icmp ugt i64 %100, 4078
  br i1 %107, label %108, label %109

108:                                              ; preds = %106
  tail call fastcc void @advise_big(i8* noundef nonnull %103, i64 noundef %102) #37
  br label %109

109:                                              ; preds = %106, %108
  %110 = bitcast i8* %103 to i64*
  store i64 %100, i64* %110, align 8, !tbaa !11
  %111 = getelementptr inbounds i8, i8* %103, i64 8
  %112 = bitcast i8* %111 to i64*
  store i64 0, i64* %112, align 8, !tbaa !11
  %113 = getelementptr inbounds i8, i8* %103, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %113, i8* nonnull align 1 %101, i64 %100, i1 false) #37
  %114 = getelementptr inbounds i8, i8* %113, i64 %100
  store i8 0, i8* %114, align 1, !tbaa !17
  %115 = bitcast %struct.EmStr** %3 to i8**
  store i8* %103, i8** %115, align 8, !tbaa !7
  %116 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 1
  %117 = load i64, i64* %116, align 8, !tbaa !11
  %118 = icmp eq i64 %117, 0
  br i1 %118, label %119, label %140

119:                                              ; preds = %109
  %120 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %121 = load i64, i64* %5, align 8, !tbaa !11
  %122 = add nsw i64 %121, 17
  %123 = icmp sgt i64 %121, -18
  br i1 %123, label %124, label %129

124:                                              ; preds = %119
  %125 = icmp eq i64 %122, 0
  %126 = select i1 %125, i64 1, i64 %122
  %127 = tail call noalias i8* @malloc(i64 noundef %126) #37
  %128 = icmp eq i8* %127, null
  br i1 %128, label %129, label %130

129:                                              ; preds = %124, %119
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

130:                                              ; preds = %124
  %131 = icmp ugt i64 %122, 4095
  br i1 %131, label %132, label %133

132:                                              ; preds = %130
  tail call fastcc void @advise_big(i8* noundef nonnull %127, i64 noundef %122) #37
  br label %133

133:                                              ; preds = %132, %130
  %134 = bitcast i8* %127 to %struct.EmStr*
  %135 = bitcast i8* %127 to i64*
  store i64 %121, i64* %135, align 8, !tbaa !11
  %136 = getelementptr inbounds i8, i8* %127, i64 8
  %137 = bitcast i8* %136 to i64*
  store i64 0, i64* %137, align 8, !tbaa !11
  %138 = getelementptr inbounds i8, i8* %127, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %138, i8* nonnull align 1 %120, i64 %121, i1 false) #37
  %139 = getelementptr inbounds i8, i8* %138, i64 %121
  store i8 0, i8* %139, align 1, !tbaa !17
  br label %140

140:                                              ; preds = %109, %133
  %141 = phi %struct.EmStr* [ %134, %133 ], [ %1, %109 ]
  %142 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %3, i64 1
  store %struct.EmStr* %141, %struct.EmStr** %142, align 8, !tbaa !7
  %143 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %100
  %144 = load i64, i64* %5, align 8, !tbaa !11
  %145 = getelementptr inbounds i8, i8* %143, i64 %144
  %146 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %147 = load i64, i64* %146, align 8, !tbaa !11
  %148 = add i64 %144, %100
  %149 = sub i64 %147, %148
  %150 = add nsw i64 %149, 17
  %151 = icmp sgt i64 %149, -18
  br i1 %151, label %152, label %157

152:                                              ; preds = %140
  %153 = icmp eq i64 %150, 0
  %154 = select i1 %153, i64 1, i64 %150
  %155 = tail call noalias i8* @malloc(i64 noundef %154) #37
  %156 = icmp eq i8* %155, null
  br i1 %156, label %157, label %158

157:                                              ; preds = %152, %140
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

158:                                              ; preds = %152
  %159 = icmp ugt i64 %150, 4095
  br i1 %159, label %160, label %161

160:                                              ; preds = %158
  tail call fastcc void @advise_big(i8* noundef nonnull %155, i64 noundef %150) #37
  br label %161

161:                                              ; preds = %158, %160
  %162 = bitcast i8* %155 to i64*
  store i64 %149, i64* %162, align 8, !tbaa !11
  %163 = getelementptr inbounds i8, i8* %155, i64 8
  %164 = bitcast i8* %163 to i64*
  store i64 0, i64* %164, align 8, !tbaa !11
  %165 = getelementptr inbounds i8, i8* %155, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %165, i8* nonnull align 1 %145, i64 %149, i1 false) #37
  %166 = getelementptr inbounds i8, i8* %165, i64 %149
  store i8 0, i8* %166, align 1, !tbaa !17
  %167 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %3, i64 2
  %168 = bitcast %struct.EmStr** %167 to i8**
  store i8* %155, i8** %168, align 8, !tbaa !7
  br label %169

169:                                              ; preds = %161, %95
  ret void
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_join(%struct.EmStr* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 8
  %8 = bitcast i8* %7 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %8, align 8, !tbaa !11
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %6
  %13 = bitcast i8* %3 to %struct.EmBuf*
  %14 = bitcast i8* %3 to i8**
  store i8* %9, i8** %14, align 8, !tbaa !43
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %16 = bitcast i8** %15 to %struct.EmStr***
  %17 = load %struct.EmStr**, %struct.EmStr*** %16, align 8, !tbaa !16
  %18 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %19 = load i64, i64* %18, align 8, !tbaa !13
  %20 = icmp sgt i64 %19, 0
  br i1 %20, label %23, label %21

21:                                               ; preds = %12
  %22 = bitcast i8* %9 to %struct.EmStr*
  br label %32

23:                                               ; preds = %12
  %24 = load %struct.EmStr*, %struct.EmStr** %17, align 8, !tbaa !7
  tail call void @ember_buf_str(%struct.EmBuf* noundef nonnull %13, %struct.EmStr* noundef %24)
  %25 = load i64, i64* %18, align 8, !tbaa !13
  %26 = icmp sgt i64 %25, 1
  br i1 %26, label %38, label %27

27:                                               ; preds = %38, %23
  %28 = bitcast i8* %3 to %struct.EmStr**
  %29 = load %struct.EmStr*, %struct.EmStr** %28, align 8, !tbaa !43
  %30 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 1
  %31 = load i64, i64* %30, align 8, !tbaa !45
  br label %32

32:                                               ; preds = %21, %27
  %33 = phi i64 [ %31, %27 ], [ 0, %21 ]
  %34 = phi %struct.EmStr* [ %29, %27 ], [ %22, %21 ]
  %35 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %34, i64 0, i32 0
  store i64 %33, i64* %35, align 8, !tbaa !11
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %34, i64 0, i32 1
  store i64 0, i64* %36, align 8, !tbaa !11
  %37 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %34, i64 0, i32 2, i64 %33
  store i8 0, i8* %37, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %3) #37
  ret %struct.EmStr* %34

38:                                               ; preds = %23, %38
  %39 = phi i64 [ %42, %38 ], [ 1, %23 ]
  tail call void @ember_buf_str(%struct.EmBuf* noundef nonnull %13, %struct.EmStr* noundef %0)
  %40 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %17, i64 %39
  %41 = load %struct.EmStr*, %struct.EmStr** %40, align 8, !tbaa !7
  tail call void @ember_buf_str(%struct.EmBuf* noundef nonnull %13, %struct.EmStr* noundef %41)
  %42 = add nuw nsw i64 %39, 1
  %43 = load i64, i64* %18, align 8, !tbaa !13
  %44 = icmp slt i64 %42, %43
  br i1 %44, label %38, label %27, !llvm.loop !124
}

; Function Attrs: nounwind
define i32 @ember_str_isdigit(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc i32 @str_all(%struct.EmStr* noundef %0, i32 (i32)* noundef nonnull @is_digit_cp)
  ret i32 %2
}

; Function Attrs: nounwind
define internal fastcc i32 @str_all(%struct.EmStr* nocapture noundef readonly %0, i32 (i32)* nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = icmp eq i64 %4, 0
  br i1 %5, label %78, label %6

6:                                                ; preds = %2
  %7 = icmp sgt i64 %4, 0
  br i1 %7, label %8, label %74

8:                                                ; preds = %6, %70
  %9 = phi i1 [ %73, %70 ], [ %7, %6 ]
  %10 = phi i64 [ %71, %70 ], [ 0, %6 ]
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %10
  %12 = load i8, i8* %11, align 1, !tbaa !17
  %13 = icmp sgt i8 %12, -1
  br i1 %13, label %14, label %16

14:                                               ; preds = %8
  %15 = zext i8 %12 to i32
  br label %65

16:                                               ; preds = %8
  %17 = icmp ult i8 %12, -32
  br i1 %17, label %18, label %27

18:                                               ; preds = %16
  %19 = and i8 %12, 31
  %20 = zext i8 %19 to i32
  %21 = shl nuw nsw i32 %20, 6
  %22 = getelementptr inbounds i8, i8* %11, i64 1
  %23 = load i8, i8* %22, align 1, !tbaa !17
  %24 = and i8 %23, 63
  %25 = zext i8 %24 to i32
  %26 = or i32 %21, %25
  br label %65

27:                                               ; preds = %16
  %28 = icmp ult i8 %12, -16
  br i1 %28, label %29, label %44

29:                                               ; preds = %27
  %30 = and i8 %12, 15
  %31 = zext i8 %30 to i32
  %32 = shl nuw nsw i32 %31, 12
  %33 = getelementptr inbounds i8, i8* %11, i64 1
  %34 = load i8, i8* %33, align 1, !tbaa !17
  %35 = and i8 %34, 63
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 6
  %38 = or i32 %37, %32
  %39 = getelementptr inbounds i8, i8* %11, i64 2
  %40 = load i8, i8* %39, align 1, !tbaa !17
  %41 = and i8 %40, 63
  %42 = zext i8 %41 to i32
  %43 = or i32 %38, %42
  br label %65

44:                                               ; preds = %27
  %45 = and i8 %12, 7
  %46 = zext i8 %45 to i32
  %47 = shl nuw nsw i32 %46, 18
  %48 = getelementptr inbounds i8, i8* %11, i64 1
  %49 = load i8, i8* %48, align 1, !tbaa !17
  %50 = and i8 %49, 63
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 12
  %53 = or i32 %52, %47
  %54 = getelementptr inbounds i8, i8* %11, i64 2
  %55 = load i8, i8* %54, align 1, !tbaa !17
  %56 = and i8 %55, 63
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 6
  %59 = or i32 %53, %58
  %60 = getelementptr inbounds i8, i8* %11, i64 3
  %61 = load i8, i8* %60, align 1, !tbaa !17
  %62 = and i8 %61, 63
  %63 = zext i8 %62 to i32
  %64 = or i32 %59, %63
  br label %65

65:                                               ; preds = %14, %18, %29, %44
  %66 = phi i64 [ 1, %14 ], [ 2, %18 ], [ 3, %29 ], [ 4, %44 ]
  %67 = phi i32 [ %15, %14 ], [ %26, %18 ], [ %43, %29 ], [ %64, %44 ]
  %68 = tail call i32 %1(i32 noundef %67) #37, !callees !125
  %69 = icmp eq i32 %68, 0
  br i1 %69, label %74, label %70, !llvm.loop !126

70:                                               ; preds = %65
  %71 = add nuw nsw i64 %66, %10
  %72 = load i64, i64* %3, align 8, !tbaa !11
  %73 = icmp slt i64 %71, %72
  br i1 %73, label %8, label %74

74:                                               ; preds = %65, %70, %6
  %75 = phi i1 [ %7, %6 ], [ %9, %65 ], [ %73, %70 ]
  %76 = xor i1 %75, true
  %77 = zext i1 %76 to i32
  br label %78

78:                                               ; preds = %74, %2
  %79 = phi i32 [ 0, %2 ], [ %77, %74 ]
  ret i32 %79
}

; Function Attrs: nofree norecurse nosync nounwind readnone
define internal i32 @is_digit_cp(i32 noundef %0) #19 {
  %2 = icmp slt i32 %0, 128
  br i1 %2, label %3, label %18

3:                                                ; preds = %1
  %4 = add i32 %0, -48
  %5 = icmp ult i32 %4, 10
  br label %36

6:                                                ; preds = %18
  %7 = or i64 %19, 1
  %8 = icmp eq i64 %7, 19
  br i1 %8, label %26, label %9, !llvm.loop !127

9:                                                ; preds = %6
  %10 = getelementptr inbounds [19 x i32], [19 x i32]* @is_digit_cp.zeros, i64 0, i64 %7
  %11 = load i32, i32* %10, align 4, !tbaa !3
  %12 = icmp sgt i32 %11, %0
  %13 = add nsw i32 %11, 9
  %14 = icmp slt i32 %13, %0
  %15 = select i1 %12, i1 true, i1 %14
  br i1 %15, label %16, label %36

16:                                               ; preds = %9
  %17 = add nuw nsw i64 %19, 2
  br label %18

18:                                               ; preds = %1, %16
  %19 = phi i64 [ %17, %16 ], [ 0, %1 ]
  %20 = getelementptr inbounds [19 x i32], [19 x i32]* @is_digit_cp.zeros, i64 0, i64 %19
  %21 = load i32, i32* %20, align 8, !tbaa !3
  %22 = icmp sgt i32 %21, %0
  %23 = add nsw i32 %21, 9
  %24 = icmp slt i32 %23, %0
  %25 = select i1 %22, i1 true, i1 %24
  br i1 %25, label %6, label %36

26:                                               ; preds = %6
  switch i32 %0, label %27 [
    i32 8304, label %36
    i32 185, label %36
    i32 179, label %36
    i32 178, label %36
  ]

27:                                               ; preds = %26
  %28 = add i32 %0, -8308
  %29 = icmp ult i32 %28, 6
  %30 = add i32 %0, -8320
  %31 = icmp ult i32 %30, 10
  %32 = or i1 %29, %31
  br i1 %32, label %36, label %33

33:                                               ; preds = %27
  %34 = add i32 %0, -9312
  %35 = icmp ult i32 %34, 9
  br label %36

36:                                               ; preds = %18, %9, %33, %27, %26, %26, %26, %26, %3
  %37 = phi i1 [ %5, %3 ], [ true, %26 ], [ %35, %33 ], [ true, %27 ], [ true, %26 ], [ true, %26 ], [ true, %26 ], [ true, %9 ], [ true, %18 ]
  %38 = zext i1 %37 to i32
  ret i32 %38
}

; Function Attrs: nounwind
define i32 @ember_str_isalpha(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc i32 @str_all(%struct.EmStr* noundef %0, i32 (i32)* noundef nonnull @is_alpha_cp)
  ret i32 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone willreturn
define internal i32 @is_alpha_cp(i32 noundef %0) #11 {
  %2 = icmp slt i32 %0, 128
  br i1 %2, label %3, label %7

3:                                                ; preds = %1
  %4 = or i32 %0, 32
  %5 = add i32 %4, -97
  %6 = icmp ult i32 %5, 26
  br label %44

7:                                                ; preds = %1
  %8 = icmp ult i32 %0, 256
  br i1 %8, label %9, label %15

9:                                                ; preds = %7
  switch i32 %0, label %10 [
    i32 186, label %44
    i32 181, label %44
    i32 170, label %44
  ]

10:                                               ; preds = %9
  %11 = icmp ugt i32 %0, 191
  %12 = and i32 %0, -33
  %13 = icmp ne i32 %12, 215
  %14 = and i1 %13, %11
  br label %44

15:                                               ; preds = %7
  %16 = icmp ult i32 %0, 592
  br i1 %16, label %44, label %17

17:                                               ; preds = %15
  %18 = tail call fastcc i32 @cp_upper(i32 noundef %0) #37
  %19 = icmp eq i32 %18, %0
  br i1 %19, label %20, label %23

20:                                               ; preds = %17
  %21 = tail call fastcc i32 @cp_lower(i32 noundef %0) #37
  %22 = icmp ne i32 %21, %0
  br label %23

23:                                               ; preds = %20, %17
  %24 = phi i1 [ true, %17 ], [ %22, %20 ]
  %25 = add nsw i32 %0, -1488
  %26 = icmp ult i32 %25, 27
  %27 = add nsw i32 %0, -1568
  %28 = icmp ult i32 %27, 43
  %29 = add nsw i32 %0, -2309
  %30 = icmp ult i32 %29, 53
  %31 = insertelement <4 x i32> poison, i32 %0, i64 0
  %32 = shufflevector <4 x i32> %31, <4 x i32> poison, <4 x i32> zeroinitializer
  %33 = add nsw <4 x i32> %32, <i32 -19968, i32 -13312, i32 -12449, i32 -12353>
  %34 = icmp ult <4 x i32> %33, <i32 20992, i32 6592, i32 90, i32 86>
  %35 = bitcast <4 x i1> %34 to i4
  %36 = icmp ne i4 %35, 0
  %37 = or i1 %36, %30
  %38 = or i1 %37, %28
  %39 = or i1 %38, %26
  %40 = or i1 %39, %24
  br i1 %40, label %44, label %41

41:                                               ; preds = %23
  %42 = add nsw i32 %0, -44032
  %43 = icmp ult i32 %42, 11172
  br label %44

44:                                               ; preds = %10, %15, %23, %41, %9, %9, %9, %3
  %45 = phi i1 [ %6, %3 ], [ true, %9 ], [ true, %9 ], [ true, %9 ], [ true, %23 ], [ true, %15 ], [ %43, %41 ], [ %14, %10 ]
  %46 = zext i1 %45 to i32
  ret i32 %46
}

; Function Attrs: nounwind
define i32 @ember_str_isspace(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc i32 @str_all(%struct.EmStr* noundef %0, i32 (i32)* noundef nonnull @is_space_cp)
  ret i32 %2
}

; Function Attrs: nounwind
define i32 @ember_str_isalnum(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc i32 @str_all(%struct.EmStr* noundef %0, i32 (i32)* noundef nonnull @is_alnum_cp)
  ret i32 %2
}

; Function Attrs: nofree norecurse nosync nounwind readnone
define internal i32 @is_alnum_cp(i32 noundef %0) #19 {
  %2 = tail call i32 @is_alpha_cp(i32 noundef %0)
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %42

4:                                                ; preds = %1
  %5 = icmp slt i32 %0, 128
  br i1 %5, label %6, label %21

6:                                                ; preds = %4
  %7 = add i32 %0, -48
  %8 = icmp ult i32 %7, 10
  br label %39

9:                                                ; preds = %21
  %10 = or i64 %22, 1
  %11 = icmp eq i64 %10, 19
  br i1 %11, label %29, label %12, !llvm.loop !127

12:                                               ; preds = %9
  %13 = getelementptr inbounds [19 x i32], [19 x i32]* @is_digit_cp.zeros, i64 0, i64 %10
  %14 = load i32, i32* %13, align 4, !tbaa !3
  %15 = icmp sgt i32 %14, %0
  %16 = add nsw i32 %14, 9
  %17 = icmp slt i32 %16, %0
  %18 = select i1 %15, i1 true, i1 %17
  br i1 %18, label %19, label %39

19:                                               ; preds = %12
  %20 = add nuw nsw i64 %22, 2
  br label %21

21:                                               ; preds = %4, %19
  %22 = phi i64 [ %20, %19 ], [ 0, %4 ]
  %23 = getelementptr inbounds [19 x i32], [19 x i32]* @is_digit_cp.zeros, i64 0, i64 %22
  %24 = load i32, i32* %23, align 8, !tbaa !3
  %25 = icmp sgt i32 %24, %0
  %26 = add nsw i32 %24, 9
  %27 = icmp slt i32 %26, %0
  %28 = select i1 %25, i1 true, i1 %27
  br i1 %28, label %9, label %39

29:                                               ; preds = %9
  switch i32 %0, label %30 [
    i32 8304, label %39
    i32 185, label %39
    i32 179, label %39
    i32 178, label %39
  ]

30:                                               ; preds = %29
  %31 = add i32 %0, -8308
  %32 = icmp ult i32 %31, 6
  %33 = add i32 %0, -8320
  %34 = icmp ult i32 %33, 10
  %35 = or i1 %32, %34
  br i1 %35, label %39, label %36

36:                                               ; preds = %30
  %37 = add i32 %0, -9312
  %38 = icmp ult i32 %37, 9
  br label %39

39:                                               ; preds = %21, %12, %6, %29, %29, %29, %29, %30, %36
  %40 = phi i1 [ %8, %6 ], [ true, %29 ], [ %38, %36 ], [ true, %30 ], [ true, %29 ], [ true, %29 ], [ true, %29 ], [ true, %12 ], [ true, %21 ]
  %41 = zext i1 %40 to i32
  br label %42

42:                                               ; preds = %39, %1
  %43 = phi i32 [ 1, %1 ], [ %41, %39 ]
  ret i32 %43
}

; Function Attrs: nofree nosync nounwind readonly
define i32 @ember_str_isupper(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #18 {
  %2 = tail call fastcc i32 @str_case_is(%struct.EmStr* noundef %0, i32 noundef 1)
  ret i32 %2
}

; Function Attrs: nofree nosync nounwind readonly
define internal fastcc i32 @str_case_is(%struct.EmStr* nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #18 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = icmp sgt i64 %4, 0
  br i1 %5, label %6, label %80

6:                                                ; preds = %2
  %7 = icmp eq i32 %1, 0
  br label %8

8:                                                ; preds = %6, %75
  %9 = phi i32 [ 0, %6 ], [ %78, %75 ]
  %10 = phi i64 [ 0, %6 ], [ %68, %75 ]
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %10
  %12 = load i8, i8* %11, align 1, !tbaa !17
  %13 = icmp sgt i8 %12, -1
  br i1 %13, label %14, label %16

14:                                               ; preds = %8
  %15 = zext i8 %12 to i32
  br label %65

16:                                               ; preds = %8
  %17 = icmp ult i8 %12, -32
  br i1 %17, label %18, label %27

18:                                               ; preds = %16
  %19 = and i8 %12, 31
  %20 = zext i8 %19 to i32
  %21 = shl nuw nsw i32 %20, 6
  %22 = getelementptr inbounds i8, i8* %11, i64 1
  %23 = load i8, i8* %22, align 1, !tbaa !17
  %24 = and i8 %23, 63
  %25 = zext i8 %24 to i32
  %26 = or i32 %21, %25
  br label %65

27:                                               ; preds = %16
  %28 = icmp ult i8 %12, -16
  br i1 %28, label %29, label %44

29:                                               ; preds = %27
  %30 = and i8 %12, 15
  %31 = zext i8 %30 to i32
  %32 = shl nuw nsw i32 %31, 12
  %33 = getelementptr inbounds i8, i8* %11, i64 1
  %34 = load i8, i8* %33, align 1, !tbaa !17
  %35 = and i8 %34, 63
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 6
  %38 = or i32 %37, %32
  %39 = getelementptr inbounds i8, i8* %11, i64 2
  %40 = load i8, i8* %39, align 1, !tbaa !17
  %41 = and i8 %40, 63
  %42 = zext i8 %41 to i32
  %43 = or i32 %38, %42
  br label %65

44:                                               ; preds = %27
  %45 = and i8 %12, 7
  %46 = zext i8 %45 to i32
  %47 = shl nuw nsw i32 %46, 18
  %48 = getelementptr inbounds i8, i8* %11, i64 1
  %49 = load i8, i8* %48, align 1, !tbaa !17
  %50 = and i8 %49, 63
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 12
  %53 = or i32 %52, %47
  %54 = getelementptr inbounds i8, i8* %11, i64 2
  %55 = load i8, i8* %54, align 1, !tbaa !17
  %56 = and i8 %55, 63
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 6
  %59 = or i32 %53, %58
  %60 = getelementptr inbounds i8, i8* %11, i64 3
  %61 = load i8, i8* %60, align 1, !tbaa !17
  %62 = and i8 %61, 63
  %63 = zext i8 %62 to i32
  %64 = or i32 %59, %63
  br label %65

65:                                               ; preds = %14, %18, %29, %44
  %66 = phi i64 [ 1, %14 ], [ 2, %18 ], [ 3, %29 ], [ 4, %44 ]
  %67 = phi i32 [ %15, %14 ], [ %26, %18 ], [ %43, %29 ], [ %64, %44 ]
  %68 = add nuw nsw i64 %66, %10
  %69 = tail call fastcc i32 @cp_upper(i32 noundef %67)
  %70 = icmp ne i32 %69, %67
  %71 = tail call fastcc i32 @cp_lower(i32 noundef %67)
  %72 = icmp ne i32 %71, %67
  br i1 %7, label %74, label %73

73:                                               ; preds = %65
  br i1 %70, label %80, label %75

74:                                               ; preds = %65
  br i1 %72, label %80, label %75

75:                                               ; preds = %73, %74
  %76 = phi i1 [ %70, %74 ], [ %72, %73 ]
  %77 = zext i1 %76 to i32
  %78 = or i32 %9, %77
  %79 = icmp slt i64 %68, %4
  br i1 %79, label %8, label %80, !llvm.loop !128

80:                                               ; preds = %75, %74, %73, %2
  %81 = phi i32 [ 0, %2 ], [ 0, %73 ], [ 0, %74 ], [ %78, %75 ]
  ret i32 %81
}

; Function Attrs: nofree nosync nounwind readonly
define i32 @ember_str_islower(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #18 {
  %2 = tail call fastcc i32 @str_case_is(%struct.EmStr* noundef %0, i32 noundef 0)
  ret i32 %2
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_title(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc %struct.EmStr* @str_recase(%struct.EmStr* noundef %0, i32 noundef 1)
  ret %struct.EmStr* %2
}

; Function Attrs: nounwind
define internal fastcc %struct.EmStr* @str_recase(%struct.EmStr* nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 8
  %8 = bitcast i8* %7 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %8, align 8, !tbaa !11
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %6
  %13 = bitcast i8* %3 to %struct.EmBuf*
  %14 = bitcast i8* %3 to i8**
  store i8* %9, i8** %14, align 8, !tbaa !43
  %15 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %16 = load i64, i64* %15, align 8, !tbaa !11
  %17 = icmp sgt i64 %16, 0
  br i1 %17, label %20, label %18

18:                                               ; preds = %12
  %19 = bitcast i8* %9 to %struct.EmStr*
  br label %27

20:                                               ; preds = %12
  %21 = icmp eq i32 %1, 0
  br label %33

22:                                               ; preds = %110
  %23 = bitcast i8* %3 to %struct.EmStr**
  %24 = load %struct.EmStr*, %struct.EmStr** %23, align 8, !tbaa !43
  %25 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 1
  %26 = load i64, i64* %25, align 8, !tbaa !45
  br label %27

27:                                               ; preds = %18, %22
  %28 = phi i64 [ %26, %22 ], [ 0, %18 ]
  %29 = phi %struct.EmStr* [ %24, %22 ], [ %19, %18 ]
  %30 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %29, i64 0, i32 0
  store i64 %28, i64* %30, align 8, !tbaa !11
  %31 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %29, i64 0, i32 1
  store i64 0, i64* %31, align 8, !tbaa !11
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %29, i64 0, i32 2, i64 %28
  store i8 0, i8* %32, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %3) #37
  ret %struct.EmStr* %29

33:                                               ; preds = %20, %110
  %34 = phi i32 [ 0, %20 ], [ %111, %110 ]
  %35 = phi i64 [ 0, %20 ], [ %112, %110 ]
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %35
  %37 = load i8, i8* %36, align 1, !tbaa !17
  %38 = icmp sgt i8 %37, -1
  br i1 %38, label %39, label %41

39:                                               ; preds = %33
  %40 = zext i8 %37 to i32
  br label %90

41:                                               ; preds = %33
  %42 = icmp ult i8 %37, -32
  br i1 %42, label %43, label %52

43:                                               ; preds = %41
  %44 = and i8 %37, 31
  %45 = zext i8 %44 to i32
  %46 = shl nuw nsw i32 %45, 6
  %47 = getelementptr inbounds i8, i8* %36, i64 1
  %48 = load i8, i8* %47, align 1, !tbaa !17
  %49 = and i8 %48, 63
  %50 = zext i8 %49 to i32
  %51 = or i32 %46, %50
  br label %90

52:                                               ; preds = %41
  %53 = icmp ult i8 %37, -16
  br i1 %53, label %54, label %69

54:                                               ; preds = %52
  %55 = and i8 %37, 15
  %56 = zext i8 %55 to i32
  %57 = shl nuw nsw i32 %56, 12
  %58 = getelementptr inbounds i8, i8* %36, i64 1
  %59 = load i8, i8* %58, align 1, !tbaa !17
  %60 = and i8 %59, 63
  %61 = zext i8 %60 to i32
  %62 = shl nuw nsw i32 %61, 6
  %63 = or i32 %62, %57
  %64 = getelementptr inbounds i8, i8* %36, i64 2
  %65 = load i8, i8* %64, align 1, !tbaa !17
  %66 = and i8 %65, 63
  %67 = zext i8 %66 to i32
  %68 = or i32 %63, %67
  br label %90

69:                                               ; preds = %52
  %70 = and i8 %37, 7
  %71 = zext i8 %70 to i32
  %72 = shl nuw nsw i32 %71, 18
  %73 = getelementptr inbounds i8, i8* %36, i64 1
  %74 = load i8, i8* %73, align 1, !tbaa !17
  %75 = and i8 %74, 63
  %76 = zext i8 %75 to i32
  %77 = shl nuw nsw i32 %76, 12
  %78 = or i32 %77, %72
  %79 = getelementptr inbounds i8, i8* %36, i64 2
  %80 = load i8, i8* %79, align 1, !tbaa !17
  %81 = and i8 %80, 63
  %82 = zext i8 %81 to i32
  %83 = shl nuw nsw i32 %82, 6
  %84 = or i32 %78, %83
  %85 = getelementptr inbounds i8, i8* %36, i64 3
  %86 = load i8, i8* %85, align 1, !tbaa !17
  %87 = and i8 %86, 63
  %88 = zext i8 %87 to i32
  %89 = or i32 %84, %88
  br label %90

90:                                               ; preds = %39, %43, %54, %69
  %91 = phi i64 [ 1, %39 ], [ 2, %43 ], [ 3, %54 ], [ 4, %69 ]
  %92 = phi i32 [ %40, %39 ], [ %51, %43 ], [ %68, %54 ], [ %89, %69 ]
  %93 = icmp eq i32 %34, 0
  %94 = icmp eq i64 %35, 0
  %95 = select i1 %21, i1 %94, i1 %93
  br i1 %95, label %96, label %98

96:                                               ; preds = %90
  %97 = tail call fastcc i32 @cp_upper(i32 noundef %92)
  br label %100

98:                                               ; preds = %90
  %99 = tail call fastcc i32 @cp_lower(i32 noundef %92)
  br label %100

100:                                              ; preds = %98, %96
  %101 = phi i32 [ %97, %96 ], [ %99, %98 ]
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %101)
  %102 = tail call fastcc i32 @cp_upper(i32 noundef %92) #37
  %103 = icmp eq i32 %102, %92
  br i1 %103, label %104, label %110

104:                                              ; preds = %100
  %105 = tail call fastcc i32 @cp_lower(i32 noundef %92) #37
  %106 = icmp eq i32 %105, %92
  br i1 %106, label %107, label %110

107:                                              ; preds = %104
  %108 = icmp eq i32 %92, 223
  %109 = zext i1 %108 to i32
  br label %110

110:                                              ; preds = %100, %104, %107
  %111 = phi i32 [ 1, %104 ], [ 1, %100 ], [ %109, %107 ]
  %112 = add nuw nsw i64 %91, %35
  %113 = load i64, i64* %15, align 8, !tbaa !11
  %114 = icmp slt i64 %112, %113
  br i1 %114, label %33, label %22, !llvm.loop !129
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_capitalize(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc %struct.EmStr* @str_recase(%struct.EmStr* noundef %0, i32 noundef 0)
  ret %struct.EmStr* %2
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_ljust(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, %struct.EmStr* noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = tail call fastcc %struct.EmStr* @str_pad(%struct.EmStr* noundef %0, i64 noundef %1, %struct.EmStr* noundef %2, i32 noundef 0, i8* noundef %3, i32 noundef %4, i32 noundef %5)
  ret %struct.EmStr* %7
}

; Function Attrs: nounwind
define internal fastcc %struct.EmStr* @str_pad(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, %struct.EmStr* noundef readonly %2, i32 noundef %3, i8* noundef %4, i32 noundef %5, i32 noundef %6) unnamed_addr #0 {
  %8 = icmp eq %struct.EmStr* %2, null
  br i1 %8, label %107, label %9

9:                                                ; preds = %7
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 0
  %11 = load i64, i64* %10, align 8, !tbaa !11
  %12 = icmp sgt i64 %11, 0
  br i1 %12, label %13, label %106

13:                                               ; preds = %9
  %14 = icmp ult i64 %11, 4
  br i1 %14, label %89, label %15

15:                                               ; preds = %13
  %16 = and i64 %11, -4
  %17 = add i64 %16, -4
  %18 = lshr exact i64 %17, 2
  %19 = add nuw nsw i64 %18, 1
  %20 = and i64 %19, 1
  %21 = icmp eq i64 %17, 0
  br i1 %21, label %61, label %22

22:                                               ; preds = %15
  %23 = and i64 %19, 9223372036854775806
  br label %24

24:                                               ; preds = %24, %22
  %25 = phi i64 [ 0, %22 ], [ %58, %24 ]
  %26 = phi <2 x i64> [ zeroinitializer, %22 ], [ %56, %24 ]
  %27 = phi <2 x i64> [ zeroinitializer, %22 ], [ %57, %24 ]
  %28 = phi i64 [ 0, %22 ], [ %59, %24 ]
  %29 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 %25
  %30 = bitcast i8* %29 to <2 x i8>*
  %31 = load <2 x i8>, <2 x i8>* %30, align 1, !tbaa !17
  %32 = getelementptr inbounds i8, i8* %29, i64 2
  %33 = bitcast i8* %32 to <2 x i8>*
  %34 = load <2 x i8>, <2 x i8>* %33, align 1, !tbaa !17
  %35 = and <2 x i8> %31, <i8 -64, i8 -64>
  %36 = and <2 x i8> %34, <i8 -64, i8 -64>
  %37 = icmp ne <2 x i8> %35, <i8 -128, i8 -128>
  %38 = icmp ne <2 x i8> %36, <i8 -128, i8 -128>
  %39 = zext <2 x i1> %37 to <2 x i64>
  %40 = zext <2 x i1> %38 to <2 x i64>
  %41 = add <2 x i64> %26, %39
  %42 = add <2 x i64> %27, %40
  %43 = or i64 %25, 4
  %44 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 %43
  %45 = bitcast i8* %44 to <2 x i8>*
  %46 = load <2 x i8>, <2 x i8>* %45, align 1, !tbaa !17
  %47 = getelementptr inbounds i8, i8* %44, i64 2
  %48 = bitcast i8* %47 to <2 x i8>*
  %49 = load <2 x i8>, <2 x i8>* %48, align 1, !tbaa !17
  %50 = and <2 x i8> %46, <i8 -64, i8 -64>
  %51 = and <2 x i8> %49, <i8 -64, i8 -64>
  %52 = icmp ne <2 x i8> %50, <i8 -128, i8 -128>
  %53 = icmp ne <2 x i8> %51, <i8 -128, i8 -128>
  %54 = zext <2 x i1> %52 to <2 x i64>
  %55 = zext <2 x i1> %53 to <2 x i64>
  %56 = add <2 x i64> %41, %54
  %57 = add <2 x i64> %42, %55
  %58 = add nuw i64 %25, 8
  %59 = add i64 %28, 2
  %60 = icmp eq i64 %59, %23
  br i1 %60, label %61, label %24, !llvm.loop !130

61:                                               ; preds = %24, %15
  %62 = phi <2 x i64> [ undef, %15 ], [ %56, %24 ]
  %63 = phi <2 x i64> [ undef, %15 ], [ %57, %24 ]
  %64 = phi i64 [ 0, %15 ], [ %58, %24 ]
  %65 = phi <2 x i64> [ zeroinitializer, %15 ], [ %56, %24 ]
  %66 = phi <2 x i64> [ zeroinitializer, %15 ], [ %57, %24 ]
  %67 = icmp eq i64 %20, 0
  br i1 %67, label %83, label %68

68:                                               ; preds = %61
  %69 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 %64
  %70 = bitcast i8* %69 to <2 x i8>*
  %71 = load <2 x i8>, <2 x i8>* %70, align 1, !tbaa !17
  %72 = getelementptr inbounds i8, i8* %69, i64 2
  %73 = bitcast i8* %72 to <2 x i8>*
  %74 = load <2 x i8>, <2 x i8>* %73, align 1, !tbaa !17
  %75 = and <2 x i8> %71, <i8 -64, i8 -64>
  %76 = and <2 x i8> %74, <i8 -64, i8 -64>
  %77 = icmp ne <2 x i8> %75, <i8 -128, i8 -128>
  %78 = icmp ne <2 x i8> %76, <i8 -128, i8 -128>
  %79 = zext <2 x i1> %77 to <2 x i64>
  %80 = zext <2 x i1> %78 to <2 x i64>
  %81 = add <2 x i64> %65, %79
  %82 = add <2 x i64> %66, %80
  br label %83

83:                                               ; preds = %61, %68
  %84 = phi <2 x i64> [ %62, %61 ], [ %81, %68 ]
  %85 = phi <2 x i64> [ %63, %61 ], [ %82, %68 ]
  %86 = add <2 x i64> %85, %84
  %87 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %86)
  %88 = icmp eq i64 %11, %16
  br i1 %88, label %103, label %89

89:                                               ; preds = %13, %83
  %90 = phi i64 [ 0, %13 ], [ %16, %83 ]
  %91 = phi i64 [ 0, %13 ], [ %87, %83 ]
  br label %92

92:                                               ; preds = %89, %92
  %93 = phi i64 [ %101, %92 ], [ %90, %89 ]
  %94 = phi i64 [ %100, %92 ], [ %91, %89 ]
  %95 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 %93
  %96 = load i8, i8* %95, align 1, !tbaa !17
  %97 = and i8 %96, -64
  %98 = icmp ne i8 %97, -128
  %99 = zext i1 %98 to i64
  %100 = add nuw nsw i64 %94, %99
  %101 = add nuw nsw i64 %93, 1
  %102 = icmp eq i64 %101, %11
  br i1 %102, label %103, label %92, !llvm.loop !131

103:                                              ; preds = %92, %83
  %104 = phi i64 [ %87, %83 ], [ %100, %92 ]
  %105 = icmp eq i64 %104, 1
  br i1 %105, label %107, label %106

106:                                              ; preds = %9, %103
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([54 x i8], [54 x i8]* @.str.93, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #40
  unreachable

107:                                              ; preds = %103, %7
  %108 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %109 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %110 = load i64, i64* %109, align 8, !tbaa !11
  %111 = icmp sgt i64 %110, 0
  br i1 %111, label %112, label %202

112:                                              ; preds = %107
  %113 = icmp ult i64 %110, 4
  br i1 %113, label %188, label %114

114:                                              ; preds = %112
  %115 = and i64 %110, -4
  %116 = add i64 %115, -4
  %117 = lshr exact i64 %116, 2
  %118 = add nuw nsw i64 %117, 1
  %119 = and i64 %118, 1
  %120 = icmp eq i64 %116, 0
  br i1 %120, label %160, label %121

121:                                              ; preds = %114
  %122 = and i64 %118, 9223372036854775806
  br label %123

123:                                              ; preds = %123, %121
  %124 = phi i64 [ 0, %121 ], [ %157, %123 ]
  %125 = phi <2 x i64> [ zeroinitializer, %121 ], [ %155, %123 ]
  %126 = phi <2 x i64> [ zeroinitializer, %121 ], [ %156, %123 ]
  %127 = phi i64 [ 0, %121 ], [ %158, %123 ]
  %128 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %124
  %129 = bitcast i8* %128 to <2 x i8>*
  %130 = load <2 x i8>, <2 x i8>* %129, align 1, !tbaa !17
  %131 = getelementptr inbounds i8, i8* %128, i64 2
  %132 = bitcast i8* %131 to <2 x i8>*
  %133 = load <2 x i8>, <2 x i8>* %132, align 1, !tbaa !17
  %134 = and <2 x i8> %130, <i8 -64, i8 -64>
  %135 = and <2 x i8> %133, <i8 -64, i8 -64>
  %136 = icmp ne <2 x i8> %134, <i8 -128, i8 -128>
  %137 = icmp ne <2 x i8> %135, <i8 -128, i8 -128>
  %138 = zext <2 x i1> %136 to <2 x i64>
  %139 = zext <2 x i1> %137 to <2 x i64>
  %140 = add <2 x i64> %125, %138
  %141 = add <2 x i64> %126, %139
  %142 = or i64 %124, 4
  %143 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %142
  %144 = bitcast i8* %143 to <2 x i8>*
  %145 = load <2 x i8>, <2 x i8>* %144, align 1, !tbaa !17
  %146 = getelementptr inbounds i8, i8* %143, i64 2
  %147 = bitcast i8* %146 to <2 x i8>*
  %148 = load <2 x i8>, <2 x i8>* %147, align 1, !tbaa !17
  %149 = and <2 x i8> %145, <i8 -64, i8 -64>
  %150 = and <2 x i8> %148, <i8 -64, i8 -64>
  %151 = icmp ne <2 x i8> %149, <i8 -128, i8 -128>
  %152 = icmp ne <2 x i8> %150, <i8 -128, i8 -128>
  %153 = zext <2 x i1> %151 to <2 x i64>
  %154 = zext <2 x i1> %152 to <2 x i64>
  %155 = add <2 x i64> %140, %153
  %156 = add <2 x i64> %141, %154
  %157 = add nuw i64 %124, 8
  %158 = add i64 %127, 2
  %159 = icmp eq i64 %158, %122
  br i1 %159, label %160, label %123, !llvm.loop !132

160:                                              ; preds = %123, %114
  %161 = phi <2 x i64> [ undef, %114 ], [ %155, %123 ]
  %162 = phi <2 x i64> [ undef, %114 ], [ %156, %123 ]
  %163 = phi i64 [ 0, %114 ], [ %157, %123 ]
  %164 = phi <2 x i64> [ zeroinitializer, %114 ], [ %155, %123 ]
  %165 = phi <2 x i64> [ zeroinitializer, %114 ], [ %156, %123 ]
  %166 = icmp eq i64 %119, 0
  br i1 %166, label %182, label %167

167:                                              ; preds = %160
  %168 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %163
  %169 = bitcast i8* %168 to <2 x i8>*
  %170 = load <2 x i8>, <2 x i8>* %169, align 1, !tbaa !17
  %171 = getelementptr inbounds i8, i8* %168, i64 2
  %172 = bitcast i8* %171 to <2 x i8>*
  %173 = load <2 x i8>, <2 x i8>* %172, align 1, !tbaa !17
  %174 = and <2 x i8> %170, <i8 -64, i8 -64>
  %175 = and <2 x i8> %173, <i8 -64, i8 -64>
  %176 = icmp ne <2 x i8> %174, <i8 -128, i8 -128>
  %177 = icmp ne <2 x i8> %175, <i8 -128, i8 -128>
  %178 = zext <2 x i1> %176 to <2 x i64>
  %179 = zext <2 x i1> %177 to <2 x i64>
  %180 = add <2 x i64> %164, %178
  %181 = add <2 x i64> %165, %179
  br label %182

182:                                              ; preds = %160, %167
  %183 = phi <2 x i64> [ %161, %160 ], [ %180, %167 ]
  %184 = phi <2 x i64> [ %162, %160 ], [ %181, %167 ]
  %185 = add <2 x i64> %184, %183
  %186 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %185)
  %187 = icmp eq i64 %110, %115
  br i1 %187, label %202, label %188

188:                                              ; preds = %112, %182
  %189 = phi i64 [ 0, %112 ], [ %115, %182 ]
  %190 = phi i64 [ 0, %112 ], [ %186, %182 ]
  br label %191

191:                                              ; preds = %188, %191
  %192 = phi i64 [ %200, %191 ], [ %189, %188 ]
  %193 = phi i64 [ %199, %191 ], [ %190, %188 ]
  %194 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %192
  %195 = load i8, i8* %194, align 1, !tbaa !17
  %196 = and i8 %195, -64
  %197 = icmp ne i8 %196, -128
  %198 = zext i1 %197 to i64
  %199 = add nuw nsw i64 %193, %198
  %200 = add nuw nsw i64 %192, 1
  %201 = icmp eq i64 %200, %110
  br i1 %201, label %202, label %191, !llvm.loop !133

202:                                              ; preds = %191, %182, %107
  %203 = phi i64 [ 0, %107 ], [ %186, %182 ], [ %199, %191 ]
  %204 = sub i64 %1, %203
  %205 = icmp slt i64 %204, 1
  br i1 %205, label %206, label %225

206:                                              ; preds = %202
  %207 = add nsw i64 %110, 17
  %208 = icmp sgt i64 %110, -18
  br i1 %208, label %209, label %214

209:                                              ; preds = %206
  %210 = icmp eq i64 %207, 0
  %211 = select i1 %210, i64 1, i64 %207
  %212 = tail call noalias i8* @malloc(i64 noundef %211) #37
  %213 = icmp eq i8* %212, null
  br i1 %213, label %214, label %215

214:                                              ; preds = %209, %206
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

215:                                              ; preds = %209
  %216 = icmp ugt i64 %207, 4095
  br i1 %216, label %217, label %218

217:                                              ; preds = %215
  tail call fastcc void @advise_big(i8* noundef nonnull %212, i64 noundef %207) #37
  br label %218

218:                                              ; preds = %215, %217
  %219 = bitcast i8* %212 to %struct.EmStr*
  %220 = bitcast i8* %212 to i64*
  store i64 %110, i64* %220, align 8, !tbaa !11
  %221 = getelementptr inbounds i8, i8* %212, i64 8
  %222 = bitcast i8* %221 to i64*
  store i64 0, i64* %222, align 8, !tbaa !11
  %223 = getelementptr inbounds i8, i8* %212, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %223, i8* nonnull align 1 %108, i64 %110, i1 false) #37
  %224 = getelementptr inbounds i8, i8* %223, i64 %110
  store i8 0, i8* %224, align 1, !tbaa !17
  br label %364

225:                                              ; preds = %202
  switch i32 %3, label %227 [
    i32 0, label %232
    i32 1, label %226
  ]

226:                                              ; preds = %225
  br label %232

227:                                              ; preds = %225
  %228 = lshr i64 %204, 1
  %229 = and i64 %1, 1
  %230 = and i64 %229, %204
  %231 = add nuw nsw i64 %228, %230
  br label %232

232:                                              ; preds = %225, %226, %227
  %233 = phi i64 [ 0, %225 ], [ %204, %226 ], [ %231, %227 ]
  %234 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %235 = icmp eq i8* %234, null
  br i1 %235, label %236, label %237

236:                                              ; preds = %232
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

237:                                              ; preds = %232
  %238 = getelementptr inbounds i8, i8* %234, i64 8
  %239 = bitcast i8* %238 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %239, align 8, !tbaa !11
  %240 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %241 = icmp eq i8* %240, null
  br i1 %241, label %242, label %243

242:                                              ; preds = %237
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

243:                                              ; preds = %237
  %244 = bitcast i8* %234 to %struct.EmBuf*
  %245 = bitcast i8* %234 to i8**
  store i8* %240, i8** %245, align 8, !tbaa !43
  %246 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 1
  %247 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 2
  %248 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 0
  %249 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 0
  %250 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 0
  br label %258

251:                                              ; preds = %321
  %252 = icmp eq i64 %233, %204
  br i1 %252, label %324, label %253

253:                                              ; preds = %251
  %254 = bitcast i8* %234 to %struct.EmStr**
  %255 = load %struct.EmStr*, %struct.EmStr** %254, align 8, !tbaa !43
  %256 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 1
  %257 = load i64, i64* %256, align 8, !tbaa !45
  br label %358

258:                                              ; preds = %243, %321
  %259 = phi i64 [ 0, %243 ], [ %322, %321 ]
  %260 = icmp eq i64 %259, %233
  br i1 %260, label %261, label %290

261:                                              ; preds = %258
  %262 = load i64, i64* %109, align 8, !tbaa !11
  %263 = load i64, i64* %246, align 8, !tbaa !45
  %264 = add nsw i64 %263, %262
  %265 = load i64, i64* %247, align 8, !tbaa !67
  %266 = icmp sgt i64 %264, %265
  br i1 %266, label %269, label %267

267:                                              ; preds = %261
  %268 = load i8*, i8** %248, align 8, !tbaa !43
  br label %286

269:                                              ; preds = %261
  %270 = shl nsw i64 %265, 1
  %271 = icmp sgt i64 %270, %264
  %272 = select i1 %271, i64 %270, i64 %264
  %273 = add nsw i64 %272, 17
  %274 = icmp sgt i64 %272, -18
  br i1 %274, label %275, label %281

275:                                              ; preds = %269
  %276 = load i8*, i8** %248, align 8, !tbaa !43
  %277 = icmp eq i64 %273, 0
  %278 = select i1 %277, i64 1, i64 %273
  %279 = tail call i8* @realloc(i8* noundef %276, i64 noundef %278) #37
  %280 = icmp eq i8* %279, null
  br i1 %280, label %281, label %282

281:                                              ; preds = %275, %269
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

282:                                              ; preds = %275
  %283 = icmp ugt i64 %273, 4095
  br i1 %283, label %284, label %285

284:                                              ; preds = %282
  tail call fastcc void @advise_big(i8* noundef nonnull %279, i64 noundef %273) #37
  br label %285

285:                                              ; preds = %284, %282
  store i8* %279, i8** %248, align 8, !tbaa !43
  store i64 %272, i64* %247, align 8, !tbaa !67
  br label %286

286:                                              ; preds = %267, %285
  %287 = phi i8* [ %268, %267 ], [ %279, %285 ]
  %288 = getelementptr inbounds i8, i8* %287, i64 16
  %289 = getelementptr inbounds i8, i8* %288, i64 %263
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %289, i8* nonnull align 1 %108, i64 %262, i1 false) #37
  store i64 %264, i64* %246, align 8, !tbaa !45
  br label %290

290:                                              ; preds = %286, %258
  br i1 %8, label %320, label %291

291:                                              ; preds = %290
  %292 = load i64, i64* %250, align 8, !tbaa !11
  %293 = load i64, i64* %246, align 8, !tbaa !45
  %294 = add nsw i64 %293, %292
  %295 = load i64, i64* %247, align 8, !tbaa !67
  %296 = icmp sgt i64 %294, %295
  br i1 %296, label %299, label %297

297:                                              ; preds = %291
  %298 = load i8*, i8** %248, align 8, !tbaa !43
  br label %316

299:                                              ; preds = %291
  %300 = shl nsw i64 %295, 1
  %301 = icmp sgt i64 %300, %294
  %302 = select i1 %301, i64 %300, i64 %294
  %303 = add nsw i64 %302, 17
  %304 = icmp sgt i64 %302, -18
  br i1 %304, label %305, label %311

305:                                              ; preds = %299
  %306 = load i8*, i8** %248, align 8, !tbaa !43
  %307 = icmp eq i64 %303, 0
  %308 = select i1 %307, i64 1, i64 %303
  %309 = tail call i8* @realloc(i8* noundef %306, i64 noundef %308) #37
  %310 = icmp eq i8* %309, null
  br i1 %310, label %311, label %312

311:                                              ; preds = %305, %299
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

312:                                              ; preds = %305
  %313 = icmp ugt i64 %303, 4095
  br i1 %313, label %314, label %315

314:                                              ; preds = %312
  tail call fastcc void @advise_big(i8* noundef nonnull %309, i64 noundef %303) #37
  br label %315

315:                                              ; preds = %314, %312
  store i8* %309, i8** %248, align 8, !tbaa !43
  store i64 %302, i64* %247, align 8, !tbaa !67
  br label %316

316:                                              ; preds = %297, %315
  %317 = phi i8* [ %298, %297 ], [ %309, %315 ]
  %318 = getelementptr inbounds i8, i8* %317, i64 16
  %319 = getelementptr inbounds i8, i8* %318, i64 %293
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %319, i8* nonnull align 1 %249, i64 %292, i1 false) #37
  store i64 %294, i64* %246, align 8, !tbaa !45
  br label %321

320:                                              ; preds = %290
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %244, i8* noundef getelementptr inbounds ([2 x i8], [2 x i8]* @.str.94, i64 0, i64 0))
  br label %321

321:                                              ; preds = %316, %320
  %322 = add nuw nsw i64 %259, 1
  %323 = icmp eq i64 %322, %204
  br i1 %323, label %251, label %258, !llvm.loop !134

324:                                              ; preds = %251
  %325 = load i64, i64* %109, align 8, !tbaa !11
  %326 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 1
  %327 = load i64, i64* %326, align 8, !tbaa !45
  %328 = add nsw i64 %327, %325
  %329 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 2
  %330 = load i64, i64* %329, align 8, !tbaa !67
  %331 = icmp sgt i64 %328, %330
  br i1 %331, label %335, label %332

332:                                              ; preds = %324
  %333 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 0
  %334 = load i8*, i8** %333, align 8, !tbaa !43
  br label %353

335:                                              ; preds = %324
  %336 = shl nsw i64 %330, 1
  %337 = icmp sgt i64 %336, %328
  %338 = select i1 %337, i64 %336, i64 %328
  %339 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %244, i64 0, i32 0
  %340 = add nsw i64 %338, 17
  %341 = icmp sgt i64 %338, -18
  br i1 %341, label %342, label %348

342:                                              ; preds = %335
  %343 = load i8*, i8** %339, align 8, !tbaa !43
  %344 = icmp eq i64 %340, 0
  %345 = select i1 %344, i64 1, i64 %340
  %346 = tail call i8* @realloc(i8* noundef %343, i64 noundef %345) #37
  %347 = icmp eq i8* %346, null
  br i1 %347, label %348, label %349

348:                                              ; preds = %342, %335
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

349:                                              ; preds = %342
  %350 = icmp ugt i64 %340, 4095
  br i1 %350, label %351, label %352

351:                                              ; preds = %349
  tail call fastcc void @advise_big(i8* noundef nonnull %346, i64 noundef %340) #37
  br label %352

352:                                              ; preds = %351, %349
  store i8* %346, i8** %339, align 8, !tbaa !43
  store i64 %338, i64* %329, align 8, !tbaa !67
  br label %353

353:                                              ; preds = %332, %352
  %354 = phi i8* [ %334, %332 ], [ %346, %352 ]
  %355 = bitcast i8* %354 to %struct.EmStr*
  %356 = getelementptr inbounds i8, i8* %354, i64 16
  %357 = getelementptr inbounds i8, i8* %356, i64 %327
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %357, i8* nonnull align 1 %108, i64 %325, i1 false) #37
  store i64 %328, i64* %326, align 8, !tbaa !45
  br label %358

358:                                              ; preds = %253, %353
  %359 = phi i64 [ %257, %253 ], [ %328, %353 ]
  %360 = phi %struct.EmStr* [ %255, %253 ], [ %355, %353 ]
  %361 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %360, i64 0, i32 0
  store i64 %359, i64* %361, align 8, !tbaa !11
  %362 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %360, i64 0, i32 1
  store i64 0, i64* %362, align 8, !tbaa !11
  %363 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %360, i64 0, i32 2, i64 %359
  store i8 0, i8* %363, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %234) #37
  br label %364

364:                                              ; preds = %358, %218
  %365 = phi %struct.EmStr* [ %219, %218 ], [ %360, %358 ]
  ret %struct.EmStr* %365
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_rjust(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, %struct.EmStr* noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = tail call fastcc %struct.EmStr* @str_pad(%struct.EmStr* noundef %0, i64 noundef %1, %struct.EmStr* noundef %2, i32 noundef 1, i8* noundef %3, i32 noundef %4, i32 noundef %5)
  ret %struct.EmStr* %7
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_center(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, %struct.EmStr* noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = tail call fastcc %struct.EmStr* @str_pad(%struct.EmStr* noundef %0, i64 noundef %1, %struct.EmStr* noundef %2, i32 noundef 2, i8* noundef %3, i32 noundef %4, i32 noundef %5)
  ret %struct.EmStr* %7
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_zfill(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !11
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %97

7:                                                ; preds = %2
  %8 = icmp ult i64 %5, 4
  br i1 %8, label %83, label %9

9:                                                ; preds = %7
  %10 = and i64 %5, -4
  %11 = add i64 %10, -4
  %12 = lshr exact i64 %11, 2
  %13 = add nuw nsw i64 %12, 1
  %14 = and i64 %13, 1
  %15 = icmp eq i64 %11, 0
  br i1 %15, label %55, label %16

16:                                               ; preds = %9
  %17 = and i64 %13, 9223372036854775806
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i64 [ 0, %16 ], [ %52, %18 ]
  %20 = phi <2 x i64> [ zeroinitializer, %16 ], [ %50, %18 ]
  %21 = phi <2 x i64> [ zeroinitializer, %16 ], [ %51, %18 ]
  %22 = phi i64 [ 0, %16 ], [ %53, %18 ]
  %23 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %19
  %24 = bitcast i8* %23 to <2 x i8>*
  %25 = load <2 x i8>, <2 x i8>* %24, align 1, !tbaa !17
  %26 = getelementptr inbounds i8, i8* %23, i64 2
  %27 = bitcast i8* %26 to <2 x i8>*
  %28 = load <2 x i8>, <2 x i8>* %27, align 1, !tbaa !17
  %29 = and <2 x i8> %25, <i8 -64, i8 -64>
  %30 = and <2 x i8> %28, <i8 -64, i8 -64>
  %31 = icmp ne <2 x i8> %29, <i8 -128, i8 -128>
  %32 = icmp ne <2 x i8> %30, <i8 -128, i8 -128>
  %33 = zext <2 x i1> %31 to <2 x i64>
  %34 = zext <2 x i1> %32 to <2 x i64>
  %35 = add <2 x i64> %20, %33
  %36 = add <2 x i64> %21, %34
  %37 = or i64 %19, 4
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %37
  %39 = bitcast i8* %38 to <2 x i8>*
  %40 = load <2 x i8>, <2 x i8>* %39, align 1, !tbaa !17
  %41 = getelementptr inbounds i8, i8* %38, i64 2
  %42 = bitcast i8* %41 to <2 x i8>*
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !17
  %44 = and <2 x i8> %40, <i8 -64, i8 -64>
  %45 = and <2 x i8> %43, <i8 -64, i8 -64>
  %46 = icmp ne <2 x i8> %44, <i8 -128, i8 -128>
  %47 = icmp ne <2 x i8> %45, <i8 -128, i8 -128>
  %48 = zext <2 x i1> %46 to <2 x i64>
  %49 = zext <2 x i1> %47 to <2 x i64>
  %50 = add <2 x i64> %35, %48
  %51 = add <2 x i64> %36, %49
  %52 = add nuw i64 %19, 8
  %53 = add i64 %22, 2
  %54 = icmp eq i64 %53, %17
  br i1 %54, label %55, label %18, !llvm.loop !135

55:                                               ; preds = %18, %9
  %56 = phi <2 x i64> [ undef, %9 ], [ %50, %18 ]
  %57 = phi <2 x i64> [ undef, %9 ], [ %51, %18 ]
  %58 = phi i64 [ 0, %9 ], [ %52, %18 ]
  %59 = phi <2 x i64> [ zeroinitializer, %9 ], [ %50, %18 ]
  %60 = phi <2 x i64> [ zeroinitializer, %9 ], [ %51, %18 ]
  %61 = icmp eq i64 %14, 0
  br i1 %61, label %77, label %62

62:                                               ; preds = %55
  %63 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %58
  %64 = bitcast i8* %63 to <2 x i8>*
  %65 = load <2 x i8>, <2 x i8>* %64, align 1, !tbaa !17
  %66 = getelementptr inbounds i8, i8* %63, i64 2
  %67 = bitcast i8* %66 to <2 x i8>*
  %68 = load <2 x i8>, <2 x i8>* %67, align 1, !tbaa !17
  %69 = and <2 x i8> %65, <i8 -64, i8 -64>
  %70 = and <2 x i8> %68, <i8 -64, i8 -64>
  %71 = icmp ne <2 x i8> %69, <i8 -128, i8 -128>
  %72 = icmp ne <2 x i8> %70, <i8 -128, i8 -128>
  %73 = zext <2 x i1> %71 to <2 x i64>
  %74 = zext <2 x i1> %72 to <2 x i64>
  %75 = add <2 x i64> %59, %73
  %76 = add <2 x i64> %60, %74
  br label %77

77:                                               ; preds = %55, %62
  %78 = phi <2 x i64> [ %56, %55 ], [ %75, %62 ]
  %79 = phi <2 x i64> [ %57, %55 ], [ %76, %62 ]
  %80 = add <2 x i64> %79, %78
  %81 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %80)
  %82 = icmp eq i64 %5, %10
  br i1 %82, label %97, label %83

83:                                               ; preds = %7, %77
  %84 = phi i64 [ 0, %7 ], [ %10, %77 ]
  %85 = phi i64 [ 0, %7 ], [ %81, %77 ]
  br label %86

86:                                               ; preds = %83, %86
  %87 = phi i64 [ %95, %86 ], [ %84, %83 ]
  %88 = phi i64 [ %94, %86 ], [ %85, %83 ]
  %89 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %87
  %90 = load i8, i8* %89, align 1, !tbaa !17
  %91 = and i8 %90, -64
  %92 = icmp ne i8 %91, -128
  %93 = zext i1 %92 to i64
  %94 = add nuw nsw i64 %88, %93
  %95 = add nuw nsw i64 %87, 1
  %96 = icmp eq i64 %95, %5
  br i1 %96, label %97, label %86, !llvm.loop !136

97:                                               ; preds = %86, %77, %2
  %98 = phi i64 [ 0, %2 ], [ %81, %77 ], [ %94, %86 ]
  %99 = icmp slt i64 %98, %1
  br i1 %99, label %119, label %100

100:                                              ; preds = %97
  %101 = add nsw i64 %5, 17
  %102 = icmp sgt i64 %5, -18
  br i1 %102, label %103, label %108

103:                                              ; preds = %100
  %104 = icmp eq i64 %101, 0
  %105 = select i1 %104, i64 1, i64 %101
  %106 = tail call noalias i8* @malloc(i64 noundef %105) #37
  %107 = icmp eq i8* %106, null
  br i1 %107, label %108, label %109

108:                                              ; preds = %103, %100
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

109:                                              ; preds = %103
  %110 = icmp ugt i64 %101, 4095
  br i1 %110, label %111, label %112

111:                                              ; preds = %109
  tail call fastcc void @advise_big(i8* noundef nonnull %106, i64 noundef %101) #37
  br label %112

112:                                              ; preds = %109, %111
  %113 = bitcast i8* %106 to %struct.EmStr*
  %114 = bitcast i8* %106 to i64*
  store i64 %5, i64* %114, align 8, !tbaa !11
  %115 = getelementptr inbounds i8, i8* %106, i64 8
  %116 = bitcast i8* %115 to i64*
  store i64 0, i64* %116, align 8, !tbaa !11
  %117 = getelementptr inbounds i8, i8* %106, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %117, i8* nonnull align 1 %3, i64 %5, i1 false) #37
  %118 = getelementptr inbounds i8, i8* %117, i64 %5
  store i8 0, i8* %118, align 1, !tbaa !17
  br label %185

119:                                              ; preds = %97
  %120 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %121 = icmp eq i8* %120, null
  br i1 %121, label %122, label %123

122:                                              ; preds = %119
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

123:                                              ; preds = %119
  %124 = getelementptr inbounds i8, i8* %120, i64 8
  %125 = bitcast i8* %124 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %125, align 8, !tbaa !11
  %126 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %127 = icmp eq i8* %126, null
  br i1 %127, label %128, label %129

128:                                              ; preds = %123
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

129:                                              ; preds = %123
  %130 = bitcast i8* %120 to %struct.EmBuf*
  %131 = bitcast i8* %120 to i8**
  store i8* %126, i8** %131, align 8, !tbaa !43
  br i1 %6, label %132, label %138

132:                                              ; preds = %129
  %133 = load i8, i8* %3, align 8, !tbaa !17
  %134 = icmp eq i8 %133, 43
  br i1 %134, label %138, label %135

135:                                              ; preds = %132
  %136 = icmp eq i8 %133, 45
  %137 = zext i1 %136 to i64
  br label %138

138:                                              ; preds = %129, %135, %132
  %139 = phi i64 [ 0, %129 ], [ 1, %132 ], [ %137, %135 ]
  %140 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %130, i64 0, i32 1
  %141 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %130, i64 0, i32 2
  %142 = getelementptr inbounds i8, i8* %126, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %142, i8* nonnull align 1 %3, i64 %139, i1 false) #37
  store i64 %139, i64* %140, align 8, !tbaa !45
  br label %181

143:                                              ; preds = %181
  %144 = load i64, i64* %4, align 8, !tbaa !11
  %145 = load i64, i64* %140, align 8, !tbaa !45
  %146 = load i64, i64* %141, align 8, !tbaa !67
  %147 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %139
  %148 = sub nsw i64 %144, %139
  %149 = add nsw i64 %145, %148
  %150 = icmp sgt i64 %149, %146
  br i1 %150, label %154, label %151

151:                                              ; preds = %143
  %152 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %130, i64 0, i32 0
  %153 = load i8*, i8** %152, align 8, !tbaa !43
  br label %172

154:                                              ; preds = %143
  %155 = shl nsw i64 %146, 1
  %156 = icmp sgt i64 %155, %149
  %157 = select i1 %156, i64 %155, i64 %149
  %158 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %130, i64 0, i32 0
  %159 = add nsw i64 %157, 17
  %160 = icmp sgt i64 %157, -18
  br i1 %160, label %161, label %167

161:                                              ; preds = %154
  %162 = load i8*, i8** %158, align 8, !tbaa !43
  %163 = icmp eq i64 %159, 0
  %164 = select i1 %163, i64 1, i64 %159
  %165 = tail call i8* @realloc(i8* noundef %162, i64 noundef %164) #37
  %166 = icmp eq i8* %165, null
  br i1 %166, label %167, label %168

167:                                              ; preds = %161, %154
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

168:                                              ; preds = %161
  %169 = icmp ugt i64 %159, 4095
  br i1 %169, label %170, label %171

170:                                              ; preds = %168
  tail call fastcc void @advise_big(i8* noundef nonnull %165, i64 noundef %159) #37
  br label %171

171:                                              ; preds = %170, %168
  store i8* %165, i8** %158, align 8, !tbaa !43
  store i64 %157, i64* %141, align 8, !tbaa !67
  br label %172

172:                                              ; preds = %151, %171
  %173 = phi i8* [ %153, %151 ], [ %165, %171 ]
  %174 = bitcast i8* %173 to %struct.EmStr*
  %175 = getelementptr inbounds i8, i8* %173, i64 16
  %176 = getelementptr inbounds i8, i8* %175, i64 %145
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %176, i8* nonnull align 1 %147, i64 %148, i1 false) #37
  %177 = bitcast i8* %173 to i64*
  store i64 %149, i64* %177, align 8, !tbaa !11
  %178 = getelementptr inbounds i8, i8* %173, i64 8
  %179 = bitcast i8* %178 to i64*
  store i64 0, i64* %179, align 8, !tbaa !11
  %180 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %174, i64 0, i32 2, i64 %149
  store i8 0, i8* %180, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %120) #37
  br label %185

181:                                              ; preds = %138, %181
  %182 = phi i64 [ %183, %181 ], [ %98, %138 ]
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %130, i8* noundef getelementptr inbounds ([2 x i8], [2 x i8]* @.str.10, i64 0, i64 0))
  %183 = add i64 %182, 1
  %184 = icmp eq i64 %183, %1
  br i1 %184, label %143, label %181, !llvm.loop !137

185:                                              ; preds = %172, %112
  %186 = phi %struct.EmStr* [ %113, %112 ], [ %174, %172 ]
  ret %struct.EmStr* %186
}

; Function Attrs: nounwind
define i64 @ember_str_ord(%struct.EmStr* nocapture noundef readonly %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca [96 x i8], align 16
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %10, label %103

10:                                               ; preds = %4
  %11 = icmp ult i64 %8, 4
  br i1 %11, label %86, label %12

12:                                               ; preds = %10
  %13 = and i64 %8, -4
  %14 = add i64 %13, -4
  %15 = lshr exact i64 %14, 2
  %16 = add nuw nsw i64 %15, 1
  %17 = and i64 %16, 1
  %18 = icmp eq i64 %14, 0
  br i1 %18, label %58, label %19

19:                                               ; preds = %12
  %20 = and i64 %16, 9223372036854775806
  br label %21

21:                                               ; preds = %21, %19
  %22 = phi i64 [ 0, %19 ], [ %55, %21 ]
  %23 = phi <2 x i64> [ zeroinitializer, %19 ], [ %53, %21 ]
  %24 = phi <2 x i64> [ zeroinitializer, %19 ], [ %54, %21 ]
  %25 = phi i64 [ 0, %19 ], [ %56, %21 ]
  %26 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %22
  %27 = bitcast i8* %26 to <2 x i8>*
  %28 = load <2 x i8>, <2 x i8>* %27, align 1, !tbaa !17
  %29 = getelementptr inbounds i8, i8* %26, i64 2
  %30 = bitcast i8* %29 to <2 x i8>*
  %31 = load <2 x i8>, <2 x i8>* %30, align 1, !tbaa !17
  %32 = and <2 x i8> %28, <i8 -64, i8 -64>
  %33 = and <2 x i8> %31, <i8 -64, i8 -64>
  %34 = icmp ne <2 x i8> %32, <i8 -128, i8 -128>
  %35 = icmp ne <2 x i8> %33, <i8 -128, i8 -128>
  %36 = zext <2 x i1> %34 to <2 x i64>
  %37 = zext <2 x i1> %35 to <2 x i64>
  %38 = add <2 x i64> %23, %36
  %39 = add <2 x i64> %24, %37
  %40 = or i64 %22, 4
  %41 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %40
  %42 = bitcast i8* %41 to <2 x i8>*
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !17
  %44 = getelementptr inbounds i8, i8* %41, i64 2
  %45 = bitcast i8* %44 to <2 x i8>*
  %46 = load <2 x i8>, <2 x i8>* %45, align 1, !tbaa !17
  %47 = and <2 x i8> %43, <i8 -64, i8 -64>
  %48 = and <2 x i8> %46, <i8 -64, i8 -64>
  %49 = icmp ne <2 x i8> %47, <i8 -128, i8 -128>
  %50 = icmp ne <2 x i8> %48, <i8 -128, i8 -128>
  %51 = zext <2 x i1> %49 to <2 x i64>
  %52 = zext <2 x i1> %50 to <2 x i64>
  %53 = add <2 x i64> %38, %51
  %54 = add <2 x i64> %39, %52
  %55 = add nuw i64 %22, 8
  %56 = add i64 %25, 2
  %57 = icmp eq i64 %56, %20
  br i1 %57, label %58, label %21, !llvm.loop !138

58:                                               ; preds = %21, %12
  %59 = phi <2 x i64> [ undef, %12 ], [ %53, %21 ]
  %60 = phi <2 x i64> [ undef, %12 ], [ %54, %21 ]
  %61 = phi i64 [ 0, %12 ], [ %55, %21 ]
  %62 = phi <2 x i64> [ zeroinitializer, %12 ], [ %53, %21 ]
  %63 = phi <2 x i64> [ zeroinitializer, %12 ], [ %54, %21 ]
  %64 = icmp eq i64 %17, 0
  br i1 %64, label %80, label %65

65:                                               ; preds = %58
  %66 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %61
  %67 = bitcast i8* %66 to <2 x i8>*
  %68 = load <2 x i8>, <2 x i8>* %67, align 1, !tbaa !17
  %69 = getelementptr inbounds i8, i8* %66, i64 2
  %70 = bitcast i8* %69 to <2 x i8>*
  %71 = load <2 x i8>, <2 x i8>* %70, align 1, !tbaa !17
  %72 = and <2 x i8> %68, <i8 -64, i8 -64>
  %73 = and <2 x i8> %71, <i8 -64, i8 -64>
  %74 = icmp ne <2 x i8> %72, <i8 -128, i8 -128>
  %75 = icmp ne <2 x i8> %73, <i8 -128, i8 -128>
  %76 = zext <2 x i1> %74 to <2 x i64>
  %77 = zext <2 x i1> %75 to <2 x i64>
  %78 = add <2 x i64> %62, %76
  %79 = add <2 x i64> %63, %77
  br label %80

80:                                               ; preds = %58, %65
  %81 = phi <2 x i64> [ %59, %58 ], [ %78, %65 ]
  %82 = phi <2 x i64> [ %60, %58 ], [ %79, %65 ]
  %83 = add <2 x i64> %82, %81
  %84 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %83)
  %85 = icmp eq i64 %8, %13
  br i1 %85, label %100, label %86

86:                                               ; preds = %10, %80
  %87 = phi i64 [ 0, %10 ], [ %13, %80 ]
  %88 = phi i64 [ 0, %10 ], [ %84, %80 ]
  br label %89

89:                                               ; preds = %86, %89
  %90 = phi i64 [ %98, %89 ], [ %87, %86 ]
  %91 = phi i64 [ %97, %89 ], [ %88, %86 ]
  %92 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %90
  %93 = load i8, i8* %92, align 1, !tbaa !17
  %94 = and i8 %93, -64
  %95 = icmp ne i8 %94, -128
  %96 = zext i1 %95 to i64
  %97 = add nuw nsw i64 %91, %96
  %98 = add nuw nsw i64 %90, 1
  %99 = icmp eq i64 %98, %8
  br i1 %99, label %100, label %89, !llvm.loop !139

100:                                              ; preds = %89, %80
  %101 = phi i64 [ %84, %80 ], [ %97, %89 ]
  %102 = icmp eq i64 %101, 1
  br i1 %102, label %107, label %103

103:                                              ; preds = %4, %100
  %104 = phi i64 [ %101, %100 ], [ 0, %4 ]
  %105 = getelementptr inbounds [96 x i8], [96 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 96, i8* nonnull %105) #37
  %106 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %105, i64 noundef 96, i8* noundef getelementptr inbounds ([60 x i8], [60 x i8]* @.str.11, i64 0, i64 0), i64 noundef %104) #37
  call void @ember_fault(i32 noundef 4, i8* noundef nonnull %105, i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

107:                                              ; preds = %100
  %108 = load i8, i8* %6, align 1, !tbaa !17
  %109 = icmp sgt i8 %108, -1
  br i1 %109, label %110, label %112

110:                                              ; preds = %107
  %111 = zext i8 %108 to i32
  br label %161

112:                                              ; preds = %107
  %113 = icmp ult i8 %108, -32
  br i1 %113, label %114, label %123

114:                                              ; preds = %112
  %115 = and i8 %108, 31
  %116 = zext i8 %115 to i32
  %117 = shl nuw nsw i32 %116, 6
  %118 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 1
  %119 = load i8, i8* %118, align 1, !tbaa !17
  %120 = and i8 %119, 63
  %121 = zext i8 %120 to i32
  %122 = or i32 %117, %121
  br label %161

123:                                              ; preds = %112
  %124 = icmp ult i8 %108, -16
  br i1 %124, label %125, label %140

125:                                              ; preds = %123
  %126 = and i8 %108, 15
  %127 = zext i8 %126 to i32
  %128 = shl nuw nsw i32 %127, 12
  %129 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 1
  %130 = load i8, i8* %129, align 1, !tbaa !17
  %131 = and i8 %130, 63
  %132 = zext i8 %131 to i32
  %133 = shl nuw nsw i32 %132, 6
  %134 = or i32 %133, %128
  %135 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 2
  %136 = load i8, i8* %135, align 1, !tbaa !17
  %137 = and i8 %136, 63
  %138 = zext i8 %137 to i32
  %139 = or i32 %134, %138
  br label %161

140:                                              ; preds = %123
  %141 = and i8 %108, 7
  %142 = zext i8 %141 to i32
  %143 = shl nuw nsw i32 %142, 18
  %144 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 1
  %145 = load i8, i8* %144, align 1, !tbaa !17
  %146 = and i8 %145, 63
  %147 = zext i8 %146 to i32
  %148 = shl nuw nsw i32 %147, 12
  %149 = or i32 %148, %143
  %150 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 2
  %151 = load i8, i8* %150, align 1, !tbaa !17
  %152 = and i8 %151, 63
  %153 = zext i8 %152 to i32
  %154 = shl nuw nsw i32 %153, 6
  %155 = or i32 %149, %154
  %156 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 3
  %157 = load i8, i8* %156, align 1, !tbaa !17
  %158 = and i8 %157, 63
  %159 = zext i8 %158 to i32
  %160 = or i32 %155, %159
  br label %161

161:                                              ; preds = %110, %114, %125, %140
  %162 = phi i32 [ %111, %110 ], [ %122, %114 ], [ %139, %125 ], [ %160, %140 ]
  %163 = sext i32 %162 to i64
  ret i64 %163
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_chr(i64 noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca i32, align 4
  %6 = icmp ugt i64 %0, 1114111
  br i1 %6, label %7, label %8

7:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.12, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

8:                                                ; preds = %4
  %9 = bitcast i32* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %9)
  %10 = trunc i64 %0 to i32
  %11 = icmp ult i32 %10, 128
  br i1 %11, label %12, label %14

12:                                               ; preds = %8
  %13 = trunc i64 %0 to i8
  store i8 %13, i8* %9, align 4, !tbaa !17
  br label %57

14:                                               ; preds = %8
  %15 = icmp ult i32 %10, 2048
  br i1 %15, label %16, label %24

16:                                               ; preds = %14
  %17 = lshr i64 %0, 6
  %18 = trunc i64 %17 to i8
  %19 = or i8 %18, -64
  store i8 %19, i8* %9, align 4, !tbaa !17
  %20 = trunc i64 %0 to i8
  %21 = and i8 %20, 63
  %22 = or i8 %21, -128
  %23 = getelementptr inbounds i8, i8* %9, i64 1
  store i8 %22, i8* %23, align 1, !tbaa !17
  br label %57

24:                                               ; preds = %14
  %25 = icmp ult i32 %10, 65536
  br i1 %25, label %26, label %39

26:                                               ; preds = %24
  %27 = lshr i64 %0, 12
  %28 = trunc i64 %27 to i8
  %29 = or i8 %28, -32
  store i8 %29, i8* %9, align 4, !tbaa !17
  %30 = lshr i64 %0, 6
  %31 = trunc i64 %30 to i8
  %32 = and i8 %31, 63
  %33 = or i8 %32, -128
  %34 = getelementptr inbounds i8, i8* %9, i64 1
  store i8 %33, i8* %34, align 1, !tbaa !17
  %35 = trunc i64 %0 to i8
  %36 = and i8 %35, 63
  %37 = or i8 %36, -128
  %38 = getelementptr inbounds i8, i8* %9, i64 2
  store i8 %37, i8* %38, align 2, !tbaa !17
  br label %57

39:                                               ; preds = %24
  %40 = lshr i64 %0, 18
  %41 = trunc i64 %40 to i8
  %42 = or i8 %41, -16
  store i8 %42, i8* %9, align 4, !tbaa !17
  %43 = lshr i64 %0, 12
  %44 = trunc i64 %43 to i8
  %45 = and i8 %44, 63
  %46 = or i8 %45, -128
  %47 = getelementptr inbounds i8, i8* %9, i64 1
  store i8 %46, i8* %47, align 1, !tbaa !17
  %48 = lshr i64 %0, 6
  %49 = trunc i64 %48 to i8
  %50 = and i8 %49, 63
  %51 = or i8 %50, -128
  %52 = getelementptr inbounds i8, i8* %9, i64 2
  store i8 %51, i8* %52, align 2, !tbaa !17
  %53 = trunc i64 %0 to i8
  %54 = and i8 %53, 63
  %55 = or i8 %54, -128
  %56 = getelementptr inbounds i8, i8* %9, i64 3
  store i8 %55, i8* %56, align 1, !tbaa !17
  br label %57

57:                                               ; preds = %12, %16, %26, %39
  %58 = phi i64 [ 1, %12 ], [ 2, %16 ], [ 3, %26 ], [ 4, %39 ]
  %59 = add nuw nsw i64 %58, 17
  %60 = tail call noalias i8* @malloc(i64 noundef %59) #37
  %61 = icmp eq i8* %60, null
  br i1 %61, label %62, label %63

62:                                               ; preds = %57
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

63:                                               ; preds = %57
  %64 = bitcast i8* %60 to %struct.EmStr*
  %65 = bitcast i8* %60 to i64*
  store i64 %58, i64* %65, align 8, !tbaa !11
  %66 = getelementptr inbounds i8, i8* %60, i64 8
  %67 = bitcast i8* %66 to i64*
  store i64 0, i64* %67, align 8, !tbaa !11
  %68 = getelementptr inbounds i8, i8* %60, i64 16
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 %68, i8* noundef nonnull align 4 %9, i64 %58, i1 false) #37
  %69 = getelementptr inbounds i8, i8* %68, i64 %58
  store i8 0, i8* %69, align 1, !tbaa !17
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %9)
  ret %struct.EmStr* %64
}

; Function Attrs: nounwind
define i64 @ember_str_to_i64(%struct.EmStr* noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = alloca i64, align 8
  %7 = bitcast i64* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %7) #37
  store i64 0, i64* %6, align 8, !tbaa !11
  %8 = call fastcc i32 @parse_i64(%struct.EmStr* noundef %0, i64 noundef %1, i64* noundef nonnull %6)
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %14, label %10

10:                                               ; preds = %5
  %11 = icmp eq i32 %8, 2
  %12 = select i1 %11, i32 2, i32 4
  %13 = tail call fastcc %struct.EmBuf* @int_failure(i32 noundef %8, %struct.EmStr* noundef %0, i64 noundef %1)
  tail call void @ember_fault_buf(i32 noundef %12, %struct.EmBuf* noundef %13, i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable

14:                                               ; preds = %5
  %15 = load i64, i64* %6, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %7) #37
  ret i64 %15
}

; Function Attrs: nofree nosync nounwind
define internal fastcc i32 @parse_i64(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, i64* nocapture noundef writeonly %2) unnamed_addr #20 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = icmp ne i64 %1, 0
  %7 = add i64 %1, -37
  %8 = icmp ult i64 %7, -35
  %9 = and i1 %6, %8
  br i1 %9, label %133, label %10

10:                                               ; preds = %3
  %11 = bitcast i64* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %11) #37
  %12 = bitcast i64* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %12) #37
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 3, %struct.EmStr* noundef null, i64* noundef nonnull %4, i64* noundef nonnull %5)
  %13 = trunc i64 %1 to i32
  %14 = load i64, i64* %4, align 8, !tbaa !11
  %15 = load i64, i64* %5, align 8, !tbaa !11
  %16 = icmp slt i64 %14, %15
  br i1 %16, label %17, label %24

17:                                               ; preds = %10
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %14
  %19 = load i8, i8* %18, align 1, !tbaa !17
  switch i8 %19, label %24 [
    i8 43, label %20
    i8 45, label %20
  ]

20:                                               ; preds = %17, %17
  %21 = add nsw i64 %14, 1
  %22 = icmp eq i8 %19, 45
  %23 = zext i1 %22 to i32
  br label %24

24:                                               ; preds = %17, %20, %10
  %25 = phi i64 [ %21, %20 ], [ %14, %10 ], [ %14, %17 ]
  %26 = phi i32 [ %23, %20 ], [ 0, %10 ], [ 0, %17 ]
  %27 = sub nsw i64 %15, %25
  %28 = icmp sgt i64 %27, 1
  br i1 %28, label %29, label %47

29:                                               ; preds = %24
  %30 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %25
  %31 = load i8, i8* %30, align 1, !tbaa !17
  %32 = icmp eq i8 %31, 48
  br i1 %32, label %33, label %47

33:                                               ; preds = %29
  %34 = add nsw i64 %25, 1
  %35 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %34
  %36 = load i8, i8* %35, align 1, !tbaa !17
  %37 = or i8 %36, 32
  switch i8 %37, label %47 [
    i8 120, label %40
    i8 111, label %38
    i8 98, label %39
  ]

38:                                               ; preds = %33
  br label %40

39:                                               ; preds = %33
  br label %40

40:                                               ; preds = %33, %39, %38
  %41 = phi i32 [ 8, %38 ], [ 16, %33 ], [ 2, %39 ]
  %42 = icmp eq i32 %13, 0
  %43 = icmp eq i32 %41, %13
  %44 = or i1 %42, %43
  br i1 %44, label %45, label %47

45:                                               ; preds = %40
  %46 = add nsw i64 %25, 2
  br label %47

47:                                               ; preds = %33, %45, %40, %29, %24
  %48 = phi i64 [ %25, %33 ], [ %46, %45 ], [ %25, %40 ], [ %25, %29 ], [ %25, %24 ]
  %49 = phi i1 [ false, %33 ], [ true, %45 ], [ false, %40 ], [ false, %29 ], [ false, %24 ]
  %50 = phi i32 [ 0, %33 ], [ 1, %45 ], [ 0, %40 ], [ 0, %29 ], [ 0, %24 ]
  %51 = phi i32 [ %13, %33 ], [ %41, %45 ], [ %13, %40 ], [ %13, %29 ], [ %13, %24 ]
  %52 = icmp eq i32 %51, 0
  %53 = select i1 %52, i32 10, i32 %51
  %54 = icmp eq i64 %48, %15
  br i1 %54, label %131, label %55

55:                                               ; preds = %47
  %56 = icmp eq i32 %26, 0
  %57 = select i1 %56, i64 9223372036854775807, i64 -9223372036854775808
  %58 = icmp slt i64 %48, %15
  br i1 %58, label %59, label %115

59:                                               ; preds = %55
  %60 = zext i32 %53 to i64
  br label %61

61:                                               ; preds = %59, %110
  %62 = phi i64 [ %48, %59 ], [ %111, %110 ]
  %63 = phi i32 [ 0, %59 ], [ %113, %110 ]
  %64 = phi i64 [ 0, %59 ], [ %112, %110 ]
  %65 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %62
  %66 = load i8, i8* %65, align 1, !tbaa !17
  %67 = sext i8 %66 to i32
  %68 = icmp eq i8 %66, 95
  br i1 %68, label %69, label %86

69:                                               ; preds = %61
  %70 = icmp sgt i64 %62, %48
  %71 = or i1 %49, %70
  br i1 %71, label %72, label %91

72:                                               ; preds = %69
  %73 = add i64 %62, 1
  %74 = icmp slt i64 %73, %15
  br i1 %74, label %75, label %91

75:                                               ; preds = %72
  %76 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %73
  %77 = load i8, i8* %76, align 1, !tbaa !17
  %78 = icmp eq i8 %77, 95
  br i1 %78, label %91, label %79

79:                                               ; preds = %75
  %80 = icmp eq i64 %62, %48
  br i1 %80, label %110, label %81

81:                                               ; preds = %79
  %82 = add nsw i64 %62, -1
  %83 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %82
  %84 = load i8, i8* %83, align 1, !tbaa !17
  %85 = icmp eq i8 %84, 95
  br i1 %85, label %91, label %110

86:                                               ; preds = %61
  %87 = add i8 %66, -48
  %88 = icmp ult i8 %87, 10
  br i1 %88, label %89, label %91

89:                                               ; preds = %86
  %90 = add nsw i32 %67, -48
  br label %97

91:                                               ; preds = %72, %75, %81, %69, %86
  %92 = or i32 %67, 32
  %93 = add nsw i32 %92, -97
  %94 = icmp ult i32 %93, 26
  %95 = add nsw i32 %92, -87
  %96 = select i1 %94, i32 %95, i32 99
  br label %97

97:                                               ; preds = %91, %89
  %98 = phi i32 [ %90, %89 ], [ %96, %91 ]
  %99 = icmp slt i32 %98, %53
  br i1 %99, label %100, label %131

100:                                              ; preds = %97
  %101 = sext i32 %98 to i64
  %102 = sub i64 %57, %101
  %103 = udiv i64 %102, %60
  %104 = icmp ugt i64 %64, %103
  %105 = mul i64 %64, %60
  %106 = add i64 %105, %101
  %107 = select i1 %104, i64 %64, i64 %106
  %108 = select i1 %104, i32 1, i32 %63
  %109 = add i64 %62, 1
  br label %110

110:                                              ; preds = %81, %79, %100
  %111 = phi i64 [ %73, %81 ], [ %73, %79 ], [ %109, %100 ]
  %112 = phi i64 [ %64, %81 ], [ %64, %79 ], [ %107, %100 ]
  %113 = phi i32 [ %63, %81 ], [ %63, %79 ], [ %108, %100 ]
  %114 = icmp eq i64 %111, %15
  br i1 %114, label %115, label %61, !llvm.loop !140

115:                                              ; preds = %110, %55
  %116 = phi i64 [ 0, %55 ], [ %112, %110 ]
  %117 = phi i32 [ 0, %55 ], [ %113, %110 ]
  %118 = or i32 %51, %50
  %119 = icmp eq i32 %118, 0
  br i1 %119, label %120, label %126

120:                                              ; preds = %115
  %121 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %48
  %122 = load i8, i8* %121, align 1, !tbaa !17
  %123 = icmp eq i8 %122, 48
  %124 = icmp ne i64 %116, 0
  %125 = select i1 %123, i1 %124, i1 false
  br i1 %125, label %131, label %126

126:                                              ; preds = %120, %115
  %127 = icmp eq i32 %117, 0
  br i1 %127, label %128, label %131

128:                                              ; preds = %126
  %129 = sub i64 0, %116
  %130 = select i1 %56, i64 %116, i64 %129
  store i64 %130, i64* %2, align 8, !tbaa !11
  br label %131

131:                                              ; preds = %97, %128, %120, %126, %47
  %132 = phi i32 [ 1, %47 ], [ 0, %128 ], [ 1, %120 ], [ 2, %126 ], [ 1, %97 ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %12) #37
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %11) #37
  br label %133

133:                                              ; preds = %3, %131
  %134 = phi i32 [ %132, %131 ], [ 3, %3 ]
  ret i32 %134
}

; Function Attrs: nounwind
define internal fastcc noalias %struct.EmBuf* @int_failure(i32 noundef %0, %struct.EmStr* noundef %1, i64 noundef %2) unnamed_addr #0 {
  %4 = alloca [64 x i8], align 16
  %5 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %6 = icmp eq i8* %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

8:                                                ; preds = %3
  %9 = getelementptr inbounds i8, i8* %5, i64 8
  %10 = bitcast i8* %9 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %10, align 8, !tbaa !11
  %11 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %12 = icmp eq i8* %11, null
  br i1 %12, label %13, label %14

13:                                               ; preds = %8
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

14:                                               ; preds = %8
  %15 = bitcast i8* %5 to %struct.EmBuf*
  %16 = bitcast i8* %5 to i8**
  store i8* %11, i8** %16, align 8, !tbaa !43
  %17 = icmp eq i32 %0, 3
  br i1 %17, label %18, label %19

18:                                               ; preds = %14
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %15, i8* noundef getelementptr inbounds ([40 x i8], [40 x i8]* @.str.95, i64 0, i64 0))
  br label %25

19:                                               ; preds = %14
  %20 = getelementptr inbounds [64 x i8], [64 x i8]* %4, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %20) #37
  %21 = trunc i64 %2 to i32
  %22 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %20, i64 noundef 64, i8* noundef getelementptr inbounds ([41 x i8], [41 x i8]* @.str.96, i64 0, i64 0), i32 noundef %21) #37
  %23 = icmp eq i32 %0, 2
  %24 = select i1 %23, i8* getelementptr inbounds ([34 x i8], [34 x i8]* @.str.97, i64 0, i64 0), i8* %20
  call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %15, i8* noundef %24)
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef nonnull %15, %struct.EmStr* noundef %1)
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %20) #37
  br label %25

25:                                               ; preds = %19, %18
  ret %struct.EmBuf* %15
}

; Function Attrs: nofree nosync nounwind
define i32 @ember_str_int_ok(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #20 {
  %3 = alloca i64, align 8
  %4 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %4) #37
  %5 = call fastcc i32 @parse_i64(%struct.EmStr* noundef %0, i64 noundef %1, i64* noundef nonnull %3)
  %6 = and i32 %5, -3
  %7 = icmp eq i32 %6, 0
  %8 = zext i1 %7 to i32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %4) #37
  ret i32 %8
}

; Function Attrs: nounwind
define noalias %struct.EmErr* @ember_str_int_error(%struct.EmStr* noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = alloca i64, align 8
  %4 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %4) #37
  %5 = call fastcc i32 @parse_i64(%struct.EmStr* noundef %0, i64 noundef %1, i64* noundef nonnull %3)
  %6 = tail call fastcc %struct.EmBuf* @int_failure(i32 noundef %5, %struct.EmStr* noundef %0, i64 noundef %1)
  %7 = bitcast %struct.EmBuf* %6 to %struct.EmStr**
  %8 = load %struct.EmStr*, %struct.EmStr** %7, align 8, !tbaa !43
  %9 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %6, i64 0, i32 1
  %10 = load i64, i64* %9, align 8, !tbaa !45
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %8, i64 0, i32 0
  store i64 %10, i64* %11, align 8, !tbaa !11
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %8, i64 0, i32 1
  store i64 0, i64* %12, align 8, !tbaa !11
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %8, i64 0, i32 2, i64 %10
  store i8 0, i8* %13, align 1, !tbaa !17
  %14 = bitcast %struct.EmBuf* %6 to i8*
  tail call void @free(i8* noundef %14) #37
  %15 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #37
  %16 = icmp eq i8* %15, null
  br i1 %16, label %17, label %18

17:                                               ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

18:                                               ; preds = %2
  %19 = bitcast i8* %15 to %struct.EmErr*
  %20 = bitcast i8* %15 to i64*
  store i64 4, i64* %20, align 8, !tbaa !141
  %21 = getelementptr inbounds i8, i8* %15, i64 8
  %22 = bitcast i8* %21 to %struct.EmStr**
  store %struct.EmStr* %8, %struct.EmStr** %22, align 8, !tbaa !143
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %4) #37
  ret %struct.EmErr* %19
}

; Function Attrs: nounwind
define noalias %struct.EmErr* @ember_err_new(i32 noundef %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #37
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = bitcast i8* %3 to %struct.EmErr*
  %8 = sext i32 %0 to i64
  %9 = bitcast i8* %3 to i64*
  store i64 %8, i64* %9, align 8, !tbaa !141
  %10 = getelementptr inbounds i8, i8* %3, i64 8
  %11 = bitcast i8* %10 to %struct.EmStr**
  store %struct.EmStr* %1, %struct.EmStr** %11, align 8, !tbaa !143
  ret %struct.EmErr* %7
}

; Function Attrs: nounwind
define double @ember_str_to_f64(%struct.EmStr* noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca double, align 8
  %6 = bitcast double* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6) #37
  store double 0.000000e+00, double* %5, align 8, !tbaa !144
  %7 = call fastcc i32 @parse_f64(%struct.EmStr* noundef %0, double* noundef nonnull %5)
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %11, label %9

9:                                                ; preds = %4
  %10 = tail call fastcc %struct.EmBuf* @float_failure(%struct.EmStr* noundef %0)
  tail call void @ember_fault_buf(i32 noundef 4, %struct.EmBuf* noundef %10, i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

11:                                               ; preds = %4
  %12 = load double, double* %5, align 8, !tbaa !144
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6) #37
  ret double %12
}

; Function Attrs: nounwind
define internal fastcc i32 @parse_f64(%struct.EmStr* nocapture noundef readonly %0, double* nocapture noundef writeonly %1) unnamed_addr #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5) #37
  %6 = bitcast i64* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6) #37
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 3, %struct.EmStr* noundef null, i64* noundef nonnull %3, i64* noundef nonnull %4)
  %7 = load i64, i64* %3, align 8, !tbaa !11
  %8 = load i64, i64* %4, align 8, !tbaa !11
  %9 = icmp slt i64 %7, %8
  br i1 %9, label %10, label %17

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %7
  %12 = load i8, i8* %11, align 1, !tbaa !17
  switch i8 %12, label %17 [
    i8 43, label %13
    i8 45, label %13
  ]

13:                                               ; preds = %10, %10
  %14 = add nsw i64 %7, 1
  store i64 %14, i64* %3, align 8, !tbaa !11
  %15 = icmp eq i8 %12, 45
  %16 = zext i1 %15 to i32
  br label %17

17:                                               ; preds = %10, %13, %2
  %18 = phi i64 [ %14, %13 ], [ %7, %2 ], [ %7, %10 ]
  %19 = phi i32 [ %16, %13 ], [ 0, %2 ], [ 0, %10 ]
  %20 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %18
  %21 = sub nsw i64 %8, %18
  switch i64 %21, label %79 [
    i64 3, label %22
    i64 8, label %37
  ]

22:                                               ; preds = %17
  %23 = load i8, i8* %20, align 1, !tbaa !17
  %24 = and i8 %23, -33
  %25 = icmp eq i8 %24, 73
  br i1 %25, label %26, label %59

26:                                               ; preds = %22
  %27 = getelementptr inbounds i8, i8* %20, i64 1
  %28 = load i8, i8* %27, align 1, !tbaa !17
  %29 = and i8 %28, -33
  %30 = icmp eq i8 %29, 78
  br i1 %30, label %31, label %59, !llvm.loop !146

31:                                               ; preds = %26
  %32 = getelementptr inbounds i8, i8* %20, i64 2
  %33 = load i8, i8* %32, align 1, !tbaa !17
  %34 = and i8 %33, -33
  %35 = icmp eq i8 %34, 70
  %36 = select i1 %35, i1 false, i1 true
  br i1 %36, label %59, label %54

37:                                               ; preds = %17
  %38 = load i8, i8* %20, align 1, !tbaa !17
  %39 = and i8 %38, -33
  %40 = icmp eq i8 %39, 73
  br i1 %40, label %41, label %82

41:                                               ; preds = %37, %44
  %42 = phi i64 [ %51, %44 ], [ 1, %37 ]
  %43 = icmp eq i64 %42, %21
  br i1 %43, label %52, label %44, !llvm.loop !146

44:                                               ; preds = %41
  %45 = getelementptr inbounds i8, i8* %20, i64 %42
  %46 = load i8, i8* %45, align 1, !tbaa !17
  %47 = or i8 %46, 32
  %48 = getelementptr inbounds [9 x i8], [9 x i8]* @.str.98, i64 0, i64 %42
  %49 = load i8, i8* %48, align 1, !tbaa !17
  %50 = icmp eq i8 %47, %49
  %51 = add nuw nsw i64 %42, 1
  br i1 %50, label %41, label %52, !llvm.loop !146

52:                                               ; preds = %44, %41
  %53 = icmp slt i64 %42, %21
  br i1 %53, label %57, label %54

54:                                               ; preds = %52, %31
  %55 = icmp eq i32 %19, 0
  %56 = select i1 %55, double 0x7FF0000000000000, double 0xFFF0000000000000
  store double %56, double* %1, align 8, !tbaa !144
  br label %175

57:                                               ; preds = %52
  %58 = icmp eq i64 %21, 3
  br i1 %58, label %59, label %79

59:                                               ; preds = %26, %31, %22, %57
  %60 = phi i8 [ %38, %57 ], [ %23, %22 ], [ %23, %31 ], [ %23, %26 ]
  %61 = and i8 %60, -33
  %62 = icmp eq i8 %61, 78
  br i1 %62, label %63, label %79

63:                                               ; preds = %59, %66
  %64 = phi i64 [ %73, %66 ], [ 1, %59 ]
  %65 = icmp eq i64 %64, %21
  br i1 %65, label %74, label %66, !llvm.loop !146

66:                                               ; preds = %63
  %67 = getelementptr inbounds i8, i8* %20, i64 %64
  %68 = load i8, i8* %67, align 1, !tbaa !17
  %69 = or i8 %68, 32
  %70 = getelementptr inbounds [4 x i8], [4 x i8]* @.str.21, i64 0, i64 %64
  %71 = load i8, i8* %70, align 1, !tbaa !17
  %72 = icmp eq i8 %69, %71
  %73 = add nuw nsw i64 %64, 1
  br i1 %72, label %63, label %74, !llvm.loop !146

74:                                               ; preds = %66, %63
  %75 = icmp slt i64 %64, %21
  br i1 %75, label %79, label %76

76:                                               ; preds = %74
  %77 = icmp eq i32 %19, 0
  %78 = select i1 %77, double 0x7FF8000000000000, double 0xFFF8000000000000
  store double %78, double* %1, align 8, !tbaa !144
  br label %175

79:                                               ; preds = %59, %17, %57, %74
  %80 = add nsw i64 %21, 2
  %81 = icmp sgt i64 %21, -3
  br i1 %81, label %82, label %88

82:                                               ; preds = %37, %79
  %83 = phi i64 [ %80, %79 ], [ 10, %37 ]
  %84 = icmp eq i64 %83, 0
  %85 = select i1 %84, i64 1, i64 %83
  %86 = tail call noalias i8* @malloc(i64 noundef %85) #37
  %87 = icmp eq i8* %86, null
  br i1 %87, label %88, label %89

88:                                               ; preds = %82, %79
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

89:                                               ; preds = %82
  %90 = icmp ugt i64 %83, 4095
  br i1 %90, label %91, label %92

91:                                               ; preds = %89
  tail call fastcc void @advise_big(i8* noundef nonnull %86, i64 noundef %83) #37
  br label %92

92:                                               ; preds = %89, %91
  %93 = icmp eq i32 %19, 0
  %94 = select i1 %93, i8 43, i8 45
  store i8 %94, i8* %86, align 1, !tbaa !17
  %95 = icmp sgt i64 %8, %18
  br i1 %95, label %96, label %174

96:                                               ; preds = %92
  %97 = getelementptr inbounds i8, i8* %86, i64 1
  br label %98

98:                                               ; preds = %96, %158
  %99 = phi i64 [ %166, %158 ], [ %8, %96 ]
  %100 = phi i64 [ %165, %158 ], [ %18, %96 ]
  %101 = phi i32 [ %163, %158 ], [ 0, %96 ]
  %102 = phi i32 [ %162, %158 ], [ 0, %96 ]
  %103 = phi i32 [ %161, %158 ], [ 1, %96 ]
  %104 = phi i32 [ %160, %158 ], [ 0, %96 ]
  %105 = phi i8* [ %159, %158 ], [ %97, %96 ]
  %106 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %100
  %107 = load i8, i8* %106, align 1, !tbaa !17
  %108 = add i8 %107, -48
  %109 = icmp ult i8 %108, 10
  br i1 %109, label %153, label %110

110:                                              ; preds = %98
  %111 = icmp eq i8 %107, 95
  br i1 %111, label %112, label %131

112:                                              ; preds = %110
  %113 = load i64, i64* %3, align 8, !tbaa !11
  %114 = icmp sgt i64 %100, %113
  br i1 %114, label %115, label %121

115:                                              ; preds = %112
  %116 = add nsw i64 %100, -1
  %117 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %116
  %118 = load i8, i8* %117, align 1, !tbaa !17
  %119 = add i8 %118, -48
  %120 = icmp ult i8 %119, 10
  br label %121

121:                                              ; preds = %115, %112
  %122 = phi i1 [ false, %112 ], [ %120, %115 ]
  %123 = add nsw i64 %100, 1
  %124 = icmp slt i64 %123, %99
  br i1 %124, label %125, label %174

125:                                              ; preds = %121
  %126 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %123
  %127 = load i8, i8* %126, align 1, !tbaa !17
  %128 = add i8 %127, -48
  %129 = icmp ult i8 %128, 10
  %130 = select i1 %122, i1 %129, i1 false
  br i1 %130, label %158, label %174

131:                                              ; preds = %110
  %132 = icmp ne i8 %107, 46
  %133 = icmp ne i32 %102, 0
  %134 = select i1 %132, i1 true, i1 %133
  %135 = icmp ne i32 %101, 0
  %136 = select i1 %134, i1 true, i1 %135
  br i1 %136, label %137, label %153

137:                                              ; preds = %131
  %138 = and i8 %107, -33
  %139 = icmp ne i8 %138, 69
  %140 = icmp eq i32 %104, 0
  %141 = select i1 %139, i1 true, i1 %140
  %142 = select i1 %141, i1 true, i1 %135
  br i1 %142, label %174, label %143

143:                                              ; preds = %137
  %144 = getelementptr inbounds i8, i8* %105, i64 1
  store i8 101, i8* %105, align 1, !tbaa !17
  %145 = add nsw i64 %100, 1
  %146 = load i64, i64* %4, align 8, !tbaa !11
  %147 = icmp slt i64 %145, %146
  br i1 %147, label %148, label %158

148:                                              ; preds = %143
  %149 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %145
  %150 = load i8, i8* %149, align 1, !tbaa !17
  switch i8 %150, label %158 [
    i8 43, label %151
    i8 45, label %151
  ]

151:                                              ; preds = %148, %148
  %152 = getelementptr inbounds i8, i8* %105, i64 2
  store i8 %150, i8* %144, align 1, !tbaa !17
  br label %158

153:                                              ; preds = %131, %98
  %154 = phi i32 [ 1, %98 ], [ %104, %131 ]
  %155 = phi i32 [ 1, %98 ], [ %103, %131 ]
  %156 = phi i32 [ %102, %98 ], [ 1, %131 ]
  %157 = getelementptr inbounds i8, i8* %105, i64 1
  store i8 %107, i8* %105, align 1, !tbaa !17
  br label %158

158:                                              ; preds = %125, %153, %148, %151, %143
  %159 = phi i8* [ %144, %148 ], [ %144, %143 ], [ %152, %151 ], [ %157, %153 ], [ %105, %125 ]
  %160 = phi i32 [ %104, %148 ], [ %104, %143 ], [ %104, %151 ], [ %154, %153 ], [ %104, %125 ]
  %161 = phi i32 [ 0, %148 ], [ 0, %143 ], [ 0, %151 ], [ %155, %153 ], [ %103, %125 ]
  %162 = phi i32 [ %102, %148 ], [ %102, %143 ], [ %102, %151 ], [ %156, %153 ], [ %102, %125 ]
  %163 = phi i32 [ 1, %148 ], [ 1, %143 ], [ 1, %151 ], [ %101, %153 ], [ %101, %125 ]
  %164 = phi i64 [ %100, %148 ], [ %100, %143 ], [ %145, %151 ], [ %100, %153 ], [ %100, %125 ]
  %165 = add nsw i64 %164, 1
  %166 = load i64, i64* %4, align 8, !tbaa !11
  %167 = icmp slt i64 %165, %166
  br i1 %167, label %98, label %168, !llvm.loop !147

168:                                              ; preds = %158
  %169 = icmp ne i32 %160, 0
  %170 = icmp ne i32 %161, 0
  %171 = select i1 %169, i1 %170, i1 false
  br i1 %171, label %172, label %174

172:                                              ; preds = %168
  store i8 0, i8* %159, align 1, !tbaa !17
  %173 = tail call double @strtod(i8* nocapture noundef nonnull %86, i8** noundef null) #37
  store double %173, double* %1, align 8, !tbaa !144
  tail call void @free(i8* noundef %86) #37
  br label %175

174:                                              ; preds = %121, %137, %125, %92, %168
  tail call void @free(i8* noundef %86) #37
  br label %175

175:                                              ; preds = %172, %174, %76, %54
  %176 = phi i32 [ 0, %54 ], [ 0, %76 ], [ 1, %174 ], [ 0, %172 ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6) #37
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5) #37
  ret i32 %176
}

; Function Attrs: nounwind
define internal fastcc noalias %struct.EmBuf* @float_failure(%struct.EmStr* noundef %0) unnamed_addr #0 {
  %2 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, i8* %2, i64 8
  %7 = bitcast i8* %6 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %7, align 8, !tbaa !11
  %8 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %5
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

11:                                               ; preds = %5
  %12 = bitcast i8* %2 to %struct.EmBuf*
  %13 = bitcast i8* %2 to i8**
  store i8* %8, i8** %13, align 8, !tbaa !43
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %12, i8* noundef getelementptr inbounds ([36 x i8], [36 x i8]* @.str.99, i64 0, i64 0))
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef nonnull %12, %struct.EmStr* noundef %0)
  ret %struct.EmBuf* %12
}

; Function Attrs: nounwind
define i32 @ember_str_float_ok(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = alloca double, align 8
  %3 = bitcast double* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %3) #37
  %4 = call fastcc i32 @parse_f64(%struct.EmStr* noundef %0, double* noundef nonnull %2)
  %5 = icmp eq i32 %4, 0
  %6 = zext i1 %5 to i32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %3) #37
  ret i32 %6
}

; Function Attrs: nounwind
define noalias %struct.EmErr* @ember_str_float_error(%struct.EmStr* noundef %0) local_unnamed_addr #0 {
  %2 = tail call fastcc %struct.EmBuf* @float_failure(%struct.EmStr* noundef %0)
  %3 = bitcast %struct.EmBuf* %2 to %struct.EmStr**
  %4 = load %struct.EmStr*, %struct.EmStr** %3, align 8, !tbaa !43
  %5 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %2, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !45
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %4, i64 0, i32 0
  store i64 %6, i64* %7, align 8, !tbaa !11
  %8 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %4, i64 0, i32 1
  store i64 0, i64* %8, align 8, !tbaa !11
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %4, i64 0, i32 2, i64 %6
  store i8 0, i8* %9, align 1, !tbaa !17
  %10 = bitcast %struct.EmBuf* %2 to i8*
  tail call void @free(i8* noundef %10) #37
  %11 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #37
  %12 = icmp eq i8* %11, null
  br i1 %12, label %13, label %14

13:                                               ; preds = %1
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

14:                                               ; preds = %1
  %15 = bitcast i8* %11 to %struct.EmErr*
  %16 = bitcast i8* %11 to i64*
  store i64 4, i64* %16, align 8, !tbaa !141
  %17 = getelementptr inbounds i8, i8* %11, i64 8
  %18 = bitcast i8* %17 to %struct.EmStr**
  store %struct.EmStr* %4, %struct.EmStr** %18, align 8, !tbaa !143
  ret %struct.EmErr* %15
}

; Function Attrs: nounwind
define void @ember_buf_str_repr(%struct.EmBuf* nocapture noundef %0, %struct.EmStr* noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !11
  %6 = tail call i8* @memchr(i8* noundef nonnull %3, i32 noundef 39, i64 noundef %5) #39
  %7 = icmp eq i8* %6, null
  br i1 %7, label %12, label %8

8:                                                ; preds = %2
  %9 = tail call i8* @memchr(i8* noundef nonnull %3, i32 noundef 34, i64 noundef %5) #39
  %10 = icmp eq i8* %9, null
  %11 = select i1 %10, i8 34, i8 39
  br label %12

12:                                               ; preds = %8, %2
  %13 = phi i8 [ 39, %2 ], [ %11, %8 ]
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext %13)
  %14 = load i64, i64* %4, align 8, !tbaa !11
  %15 = icmp sgt i64 %14, 0
  br i1 %15, label %16, label %21

16:                                               ; preds = %12
  %17 = zext i8 %13 to i32
  %18 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %19 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %20 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  br label %22

21:                                               ; preds = %182, %12
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext %13)
  ret void

22:                                               ; preds = %16, %182
  %23 = phi i64 [ 0, %16 ], [ %183, %182 ]
  %24 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %23
  %25 = load i8, i8* %24, align 1, !tbaa !17
  %26 = icmp sgt i8 %25, -1
  br i1 %26, label %27, label %29

27:                                               ; preds = %22
  %28 = zext i8 %25 to i32
  br label %78

29:                                               ; preds = %22
  %30 = icmp ult i8 %25, -32
  br i1 %30, label %31, label %40

31:                                               ; preds = %29
  %32 = and i8 %25, 31
  %33 = zext i8 %32 to i32
  %34 = shl nuw nsw i32 %33, 6
  %35 = getelementptr inbounds i8, i8* %24, i64 1
  %36 = load i8, i8* %35, align 1, !tbaa !17
  %37 = and i8 %36, 63
  %38 = zext i8 %37 to i32
  %39 = or i32 %34, %38
  br label %78

40:                                               ; preds = %29
  %41 = icmp ult i8 %25, -16
  br i1 %41, label %42, label %57

42:                                               ; preds = %40
  %43 = and i8 %25, 15
  %44 = zext i8 %43 to i32
  %45 = shl nuw nsw i32 %44, 12
  %46 = getelementptr inbounds i8, i8* %24, i64 1
  %47 = load i8, i8* %46, align 1, !tbaa !17
  %48 = and i8 %47, 63
  %49 = zext i8 %48 to i32
  %50 = shl nuw nsw i32 %49, 6
  %51 = or i32 %50, %45
  %52 = getelementptr inbounds i8, i8* %24, i64 2
  %53 = load i8, i8* %52, align 1, !tbaa !17
  %54 = and i8 %53, 63
  %55 = zext i8 %54 to i32
  %56 = or i32 %51, %55
  br label %78

57:                                               ; preds = %40
  %58 = and i8 %25, 7
  %59 = zext i8 %58 to i32
  %60 = shl nuw nsw i32 %59, 18
  %61 = getelementptr inbounds i8, i8* %24, i64 1
  %62 = load i8, i8* %61, align 1, !tbaa !17
  %63 = and i8 %62, 63
  %64 = zext i8 %63 to i32
  %65 = shl nuw nsw i32 %64, 12
  %66 = or i32 %65, %60
  %67 = getelementptr inbounds i8, i8* %24, i64 2
  %68 = load i8, i8* %67, align 1, !tbaa !17
  %69 = and i8 %68, 63
  %70 = zext i8 %69 to i32
  %71 = shl nuw nsw i32 %70, 6
  %72 = or i32 %66, %71
  %73 = getelementptr inbounds i8, i8* %24, i64 3
  %74 = load i8, i8* %73, align 1, !tbaa !17
  %75 = and i8 %74, 63
  %76 = zext i8 %75 to i32
  %77 = or i32 %72, %76
  br label %78

78:                                               ; preds = %27, %31, %42, %57
  %79 = phi i64 [ 1, %27 ], [ 2, %31 ], [ 3, %42 ], [ 4, %57 ]
  %80 = phi i32 [ %28, %27 ], [ %39, %31 ], [ %56, %42 ], [ %77, %57 ]
  %81 = icmp eq i32 %80, %17
  %82 = icmp eq i32 %80, 92
  %83 = or i1 %81, %82
  br i1 %83, label %84, label %86

84:                                               ; preds = %78
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 92)
  %85 = trunc i32 %80 to i8
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext %85)
  br label %182

86:                                               ; preds = %78
  switch i32 %80, label %90 [
    i32 10, label %87
    i32 9, label %88
    i32 13, label %89
  ]

87:                                               ; preds = %86
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.13, i64 0, i64 0))
  br label %182

88:                                               ; preds = %86
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.14, i64 0, i64 0))
  br label %182

89:                                               ; preds = %86
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.15, i64 0, i64 0))
  br label %182

90:                                               ; preds = %86
  %91 = icmp slt i32 %80, 32
  br i1 %91, label %133, label %92

92:                                               ; preds = %90
  %93 = add nsw i32 %80, -127
  %94 = icmp ult i32 %93, 34
  %95 = icmp eq i32 %80, 173
  %96 = or i1 %95, %94
  br i1 %96, label %133, label %97

97:                                               ; preds = %92
  %98 = icmp ult i32 %80, 1536
  br i1 %98, label %150, label %99

99:                                               ; preds = %97
  %100 = icmp ult i32 %80, 1542
  br i1 %100, label %133, label %101

101:                                              ; preds = %99
  switch i32 %80, label %102 [
    i32 6158, label %133
    i32 5760, label %133
    i32 2274, label %133
    i32 2193, label %133
    i32 2192, label %133
    i32 1807, label %133
    i32 1757, label %133
    i32 1564, label %133
  ]

102:                                              ; preds = %101
  %103 = and i32 %80, -16
  %104 = icmp eq i32 %103, 8192
  %105 = and i32 %80, -8
  %106 = icmp eq i32 %105, 8232
  %107 = or i1 %104, %106
  %108 = add nsw i32 %80, -8287
  %109 = icmp ult i32 %108, 6
  %110 = or i1 %109, %107
  br i1 %110, label %133, label %111

111:                                              ; preds = %102
  %112 = add nsw i32 %80, -8294
  %113 = icmp ult i32 %112, 10
  %114 = icmp eq i32 %80, 12288
  %115 = or i1 %114, %113
  br i1 %115, label %133, label %116

116:                                              ; preds = %111
  %117 = add nsw i32 %80, -55296
  %118 = icmp ult i32 %117, 8448
  %119 = icmp eq i32 %80, 65279
  %120 = or i1 %119, %118
  br i1 %120, label %133, label %121

121:                                              ; preds = %116
  switch i32 %80, label %122 [
    i32 69837, label %133
    i32 69821, label %133
    i32 65531, label %133
    i32 65530, label %133
    i32 65529, label %133
  ]

122:                                              ; preds = %121
  %123 = icmp eq i32 %103, 78896
  %124 = and i32 %80, -4
  %125 = icmp eq i32 %124, 113824
  %126 = or i1 %123, %125
  br i1 %126, label %133, label %127

127:                                              ; preds = %122
  switch i32 %80, label %128 [
    i32 917505, label %133
    i32 119162, label %133
    i32 119161, label %133
    i32 119160, label %133
    i32 119159, label %133
    i32 119158, label %133
    i32 119157, label %133
    i32 119156, label %133
    i32 119155, label %133
  ]

128:                                              ; preds = %127
  %129 = add nsw i32 %80, -917632
  %130 = icmp ult i32 %129, -96
  %131 = icmp ult i32 %80, 983040
  %132 = and i1 %131, %130
  br i1 %132, label %150, label %133

133:                                              ; preds = %99, %128, %127, %127, %127, %127, %127, %127, %127, %127, %127, %122, %121, %121, %121, %121, %121, %116, %111, %102, %101, %101, %101, %101, %101, %101, %101, %101, %90, %92
  %134 = icmp slt i32 %80, 256
  %135 = icmp slt i32 %80, 65536
  %136 = select i1 %135, i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.17, i64 0, i64 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.18, i64 0, i64 0)
  %137 = select i1 %134, i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.16, i64 0, i64 0), i8* %136
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef %137)
  %138 = select i1 %135, i32 4, i32 8
  %139 = select i1 %134, i32 2, i32 %138
  br label %140

140:                                              ; preds = %140, %133
  %141 = phi i32 [ %142, %140 ], [ %139, %133 ]
  %142 = add nsw i32 %141, -1
  %143 = shl nsw i32 %142, 2
  %144 = lshr i32 %80, %143
  %145 = and i32 %144, 15
  %146 = zext i32 %145 to i64
  %147 = getelementptr inbounds [17 x i8], [17 x i8]* @.str.28, i64 0, i64 %146
  %148 = load i8, i8* %147, align 1, !tbaa !17
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext %148) #37
  %149 = icmp ugt i32 %141, 1
  br i1 %149, label %140, label %182, !llvm.loop !148

150:                                              ; preds = %128, %97
  %151 = load i64, i64* %18, align 8, !tbaa !45
  %152 = add nsw i64 %151, %79
  %153 = load i64, i64* %19, align 8, !tbaa !67
  %154 = icmp sgt i64 %152, %153
  br i1 %154, label %157, label %155

155:                                              ; preds = %150
  %156 = load i8*, i8** %20, align 8, !tbaa !43
  br label %175

157:                                              ; preds = %150
  %158 = shl nsw i64 %153, 1
  %159 = icmp sgt i64 %158, %152
  %160 = select i1 %159, i64 %158, i64 %152
  %161 = add nsw i64 %160, 17
  %162 = icmp sgt i64 %160, -18
  br i1 %162, label %163, label %169

163:                                              ; preds = %157
  %164 = load i8*, i8** %20, align 8, !tbaa !43
  %165 = icmp eq i64 %161, 0
  %166 = select i1 %165, i64 1, i64 %161
  %167 = tail call i8* @realloc(i8* noundef %164, i64 noundef %166) #37
  %168 = icmp eq i8* %167, null
  br i1 %168, label %169, label %170

169:                                              ; preds = %163, %157
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

170:                                              ; preds = %163
  %171 = icmp ugt i64 %161, 4095
  br i1 %171, label %172, label %173

172:                                              ; preds = %170
  tail call fastcc void @advise_big(i8* noundef nonnull %167, i64 noundef %161) #37
  br label %173

173:                                              ; preds = %172, %170
  store i8* %167, i8** %20, align 8, !tbaa !43
  store i64 %160, i64* %19, align 8, !tbaa !67
  %174 = load i64, i64* %18, align 8, !tbaa !45
  br label %175

175:                                              ; preds = %155, %173
  %176 = phi i64 [ %151, %155 ], [ %174, %173 ]
  %177 = phi i8* [ %156, %155 ], [ %167, %173 ]
  %178 = getelementptr inbounds i8, i8* %177, i64 16
  %179 = getelementptr inbounds i8, i8* %178, i64 %176
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %179, i8* noundef nonnull align 1 %24, i64 %79, i1 false) #37
  %180 = load i64, i64* %18, align 8, !tbaa !45
  %181 = add nsw i64 %180, %79
  store i64 %181, i64* %18, align 8, !tbaa !45
  br label %182

182:                                              ; preds = %140, %87, %89, %175, %88, %84
  %183 = add nuw nsw i64 %79, %23
  %184 = load i64, i64* %4, align 8, !tbaa !11
  %185 = icmp slt i64 %183, %184
  br i1 %185, label %22, label %21, !llvm.loop !149
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i8* @memchr(i8* noundef, i32 noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nounwind
define noalias %struct.EmErr* @ember_err_dup(%struct.EmErr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 1
  %3 = load %struct.EmStr*, %struct.EmStr** %2, align 8, !tbaa !143
  %4 = icmp eq %struct.EmStr* %3, null
  br i1 %4, label %31, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %3, i64 0, i32 1
  %7 = load i64, i64* %6, align 8, !tbaa !11
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %9, label %31

9:                                                ; preds = %5
  %10 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %3, i64 0, i32 2, i64 0
  %11 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %3, i64 0, i32 0
  %12 = load i64, i64* %11, align 8, !tbaa !11
  %13 = add nsw i64 %12, 17
  %14 = icmp sgt i64 %12, -18
  br i1 %14, label %15, label %20

15:                                               ; preds = %9
  %16 = icmp eq i64 %13, 0
  %17 = select i1 %16, i64 1, i64 %13
  %18 = tail call noalias i8* @malloc(i64 noundef %17) #37
  %19 = icmp eq i8* %18, null
  br i1 %19, label %20, label %21

20:                                               ; preds = %15, %9
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

21:                                               ; preds = %15
  %22 = icmp ugt i64 %13, 4095
  br i1 %22, label %23, label %24

23:                                               ; preds = %21
  tail call fastcc void @advise_big(i8* noundef nonnull %18, i64 noundef %13) #37
  br label %24

24:                                               ; preds = %23, %21
  %25 = bitcast i8* %18 to %struct.EmStr*
  %26 = bitcast i8* %18 to i64*
  store i64 %12, i64* %26, align 8, !tbaa !11
  %27 = getelementptr inbounds i8, i8* %18, i64 8
  %28 = bitcast i8* %27 to i64*
  store i64 0, i64* %28, align 8, !tbaa !11
  %29 = getelementptr inbounds i8, i8* %18, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %29, i8* nonnull align 1 %10, i64 %12, i1 false) #37
  %30 = getelementptr inbounds i8, i8* %29, i64 %12
  store i8 0, i8* %30, align 1, !tbaa !17
  br label %31

31:                                               ; preds = %24, %5, %1
  %32 = phi %struct.EmStr* [ null, %1 ], [ %25, %24 ], [ %3, %5 ]
  %33 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #37
  %34 = icmp eq i8* %33, null
  br i1 %34, label %35, label %36

35:                                               ; preds = %31
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

36:                                               ; preds = %31
  %37 = bitcast i8* %33 to %struct.EmErr*
  %38 = getelementptr inbounds i8, i8* %33, i64 8
  %39 = bitcast i8* %38 to %struct.EmStr**
  store %struct.EmStr* %32, %struct.EmStr** %39, align 8, !tbaa !143
  %40 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 0
  %41 = load i64, i64* %40, align 8, !tbaa !141
  %42 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %37, i64 0, i32 0
  store i64 %41, i64* %42, align 8, !tbaa !141
  ret %struct.EmErr* %37
}

; Function Attrs: mustprogress nounwind willreturn
define void @ember_err_free(%struct.EmErr* noundef %0) local_unnamed_addr #9 {
  %2 = icmp eq %struct.EmErr* %0, null
  br i1 %2, label %15, label %3

3:                                                ; preds = %1
  %4 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 1
  %5 = load %struct.EmStr*, %struct.EmStr** %4, align 8, !tbaa !143
  %6 = icmp eq %struct.EmStr* %5, null
  br i1 %6, label %13, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !11
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %7
  %12 = bitcast %struct.EmStr* %5 to i8*
  tail call void @free(i8* noundef %12) #37
  br label %13

13:                                               ; preds = %3, %7, %11
  %14 = bitcast %struct.EmErr* %0 to i8*
  tail call void @free(i8* noundef %14) #37
  br label %15

15:                                               ; preds = %1, %13
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_err(%struct.EmBuf* nocapture noundef %0, %struct.EmErr* nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %23, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !141
  %8 = icmp sgt i64 %7, 4095
  br i1 %8, label %9, label %11

9:                                                ; preds = %5
  %10 = inttoptr i64 %7 to i8*
  br label %16

11:                                               ; preds = %5
  %12 = icmp ult i64 %7, 17
  br i1 %12, label %13, label %16

13:                                               ; preds = %11
  %14 = getelementptr inbounds [18 x i8*], [18 x i8*]* @em_kind_names, i64 0, i64 %7
  %15 = load i8*, i8** %14, align 8, !tbaa !7
  br label %16

16:                                               ; preds = %9, %11, %13
  %17 = phi i8* [ %10, %9 ], [ %15, %13 ], [ getelementptr inbounds ([13 x i8], [13 x i8]* @.str.70, i64 0, i64 0), %11 ]
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef %17)
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 40)
  %18 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 1
  %19 = load %struct.EmStr*, %struct.EmStr** %18, align 8, !tbaa !143
  %20 = icmp eq %struct.EmStr* %19, null
  br i1 %20, label %22, label %21

21:                                               ; preds = %16
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef %0, %struct.EmStr* noundef nonnull %19)
  br label %22

22:                                               ; preds = %21, %16
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 41)
  br label %49

23:                                               ; preds = %3
  %24 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 1
  %25 = load %struct.EmStr*, %struct.EmStr** %24, align 8, !tbaa !143
  %26 = icmp eq %struct.EmStr* %25, null
  br i1 %26, label %49, label %27

27:                                               ; preds = %23
  %28 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 0
  %29 = load i64, i64* %28, align 8, !tbaa !141
  %30 = icmp slt i64 %29, 4096
  br i1 %30, label %45, label %31

31:                                               ; preds = %27
  %32 = inttoptr i64 %29 to i8*
  %33 = load i8, i8* %32, align 1, !tbaa !17
  %34 = icmp eq i8 %33, 0
  br i1 %34, label %48, label %35

35:                                               ; preds = %31, %39
  %36 = phi i8* [ %42, %39 ], [ %32, %31 ]
  %37 = tail call i32 @strcmp(i8* noundef nonnull %36, i8* noundef nonnull dereferenceable(9) getelementptr inbounds ([9 x i8], [9 x i8]* @.str.78, i64 0, i64 0)) #39
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %47, label %39

39:                                               ; preds = %35
  %40 = tail call i64 @strlen(i8* noundef nonnull %36) #39
  %41 = add i64 %40, 1
  %42 = getelementptr inbounds i8, i8* %36, i64 %41
  %43 = load i8, i8* %42, align 1, !tbaa !17
  %44 = icmp eq i8 %43, 0
  br i1 %44, label %48, label %35, !llvm.loop !150

45:                                               ; preds = %27
  %46 = icmp eq i64 %29, 6
  br i1 %46, label %47, label %48

47:                                               ; preds = %35, %45
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef %0, %struct.EmStr* noundef nonnull %25)
  br label %49

48:                                               ; preds = %39, %31, %45
  tail call void @ember_buf_str(%struct.EmBuf* noundef %0, %struct.EmStr* noundef nonnull %25)
  br label %49

49:                                               ; preds = %23, %48, %47, %22
  ret void
}

; Function Attrs: noreturn nounwind
define void @ember_err_uncaught(%struct.EmErr* noundef %0) local_unnamed_addr #6 {
  %2 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, i8* %2, i64 8
  %7 = bitcast i8* %6 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %7, align 8, !tbaa !11
  %8 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %5
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

11:                                               ; preds = %5
  %12 = bitcast i8* %2 to %struct.EmBuf*
  %13 = bitcast i8* %2 to i8**
  store i8* %8, i8** %13, align 8, !tbaa !43
  %14 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 0
  %15 = load i64, i64* %14, align 8, !tbaa !141
  %16 = trunc i64 %15 to i32
  %17 = icmp sgt i64 %15, 4095
  br i1 %17, label %18, label %24

18:                                               ; preds = %11
  %19 = inttoptr i64 %15 to i8*
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %12, i8* noundef nonnull %19)
  %20 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 1
  %21 = load %struct.EmStr*, %struct.EmStr** %20, align 8, !tbaa !143
  %22 = icmp eq %struct.EmStr* %21, null
  br i1 %22, label %24, label %23

23:                                               ; preds = %18
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %12, i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.19, i64 0, i64 0))
  br label %24

24:                                               ; preds = %18, %23, %11
  %25 = phi i32 [ 17, %23 ], [ 17, %18 ], [ %16, %11 ]
  tail call void @ember_buf_err(%struct.EmBuf* noundef nonnull %12, %struct.EmErr* noundef nonnull %0, i32 noundef 0)
  tail call void @ember_err_free(%struct.EmErr* noundef nonnull %0)
  %26 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %12, i64 0, i32 0
  %27 = load i8*, i8** %26, align 8, !tbaa !43
  %28 = getelementptr inbounds i8, i8* %27, i64 16
  %29 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %12, i64 0, i32 1
  %30 = load i64, i64* %29, align 8, !tbaa !45
  tail call fastcc void @fault_n(i32 noundef %25, i8* noundef nonnull %28, i64 noundef %30, i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable
}

; Function Attrs: nounwind
define void @ember_buf_f64(%struct.EmBuf* nocapture noundef %0, double noundef %1) local_unnamed_addr #0 {
  tail call fastcc void @put_float(%struct.EmBuf* noundef %0, double noundef %1, i32 noundef 0)
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @put_float(%struct.EmBuf* nocapture noundef %0, double noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = alloca [24 x i8], align 16
  %5 = alloca i32, align 4
  %6 = fcmp uno double %1, 0.000000e+00
  br i1 %6, label %7, label %8

7:                                                ; preds = %3
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.21, i64 0, i64 0))
  br label %23

8:                                                ; preds = %3
  %9 = bitcast double %1 to i64
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %8
  tail call fastcc void @buf_c(%struct.EmBuf* noundef %0, i8 noundef signext 45)
  %12 = fneg double %1
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi double [ %12, %11 ], [ %1, %8 ]
  %15 = tail call double @llvm.fabs.f64(double %14) #42
  %16 = fcmp oeq double %15, 0x7FF0000000000000
  br i1 %16, label %17, label %18

17:                                               ; preds = %13
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.23, i64 0, i64 0))
  br label %23

18:                                               ; preds = %13
  %19 = getelementptr inbounds [24 x i8], [24 x i8]* %4, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %19) #37
  %20 = bitcast i32* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %20) #37
  %21 = call fastcc i32 @shortest_digits(double noundef %14, i32 noundef %2, i8* noundef nonnull %19, i32* noundef nonnull %5)
  %22 = load i32, i32* %5, align 4, !tbaa !3
  call fastcc void @float_layout(%struct.EmBuf* noundef %0, i8* noundef nonnull %19, i32 noundef %21, i32 noundef %22, i32 noundef 114, i64 noundef 0, i32 noundef 1, i32 noundef 0, i8 noundef signext 101)
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %20) #37
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %19) #37
  br label %23

23:                                               ; preds = %18, %17, %7
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_f32(%struct.EmBuf* nocapture noundef %0, float noundef %1) local_unnamed_addr #0 {
  %3 = fpext float %1 to double
  tail call fastcc void @put_float(%struct.EmBuf* noundef %0, double noundef %3, i32 noundef 1)
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_fmt_f64(%struct.EmBuf* nocapture noundef %0, double noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i64 noundef %7, i32 noundef %8, i64 noundef %9, i32 noundef %10) local_unnamed_addr #0 {
  %12 = alloca %struct.Spec, align 8
  %13 = alloca [32 x i8], align 16
  %14 = alloca i32, align 4
  %15 = bitcast %struct.Spec* %12 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %15) #37
  %16 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 0
  store i32 %2, i32* %16, align 8, !tbaa !151
  %17 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 1
  store i32 %3, i32* %17, align 4, !tbaa !153
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 2
  store i32 %4, i32* %18, align 8, !tbaa !154
  %19 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 3
  store i32 %5, i32* %19, align 4, !tbaa !155
  %20 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 4
  store i32 %6, i32* %20, align 8, !tbaa !156
  %21 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 5
  store i64 %7, i64* %21, align 8, !tbaa !157
  %22 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 6
  store i32 %8, i32* %22, align 8, !tbaa !158
  %23 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 7
  store i64 %9, i64* %23, align 8, !tbaa !159
  %24 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 8
  store i32 %10, i32* %24, align 8, !tbaa !160
  %25 = add i32 %10, -69
  %26 = icmp ult i32 %25, 3
  %27 = icmp eq i32 %10, 110
  %28 = add nsw i32 %10, 32
  %29 = select i1 %26, i32 %28, i32 %10
  %30 = select i1 %27, i32 103, i32 %29
  %31 = icmp eq i32 %30, 37
  %32 = fmul double %1, 1.000000e+02
  %33 = select i1 %31, double %32, double %1
  %34 = tail call double @llvm.fabs.f64(double %33)
  %35 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %36 = icmp eq i8* %35, null
  br i1 %36, label %37, label %38

37:                                               ; preds = %11
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

38:                                               ; preds = %11
  %39 = getelementptr inbounds i8, i8* %35, i64 8
  %40 = bitcast i8* %39 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %40, align 8, !tbaa !11
  %41 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %42 = icmp eq i8* %41, null
  br i1 %42, label %43, label %44

43:                                               ; preds = %38
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

44:                                               ; preds = %38
  %45 = bitcast i8* %35 to %struct.EmBuf*
  %46 = bitcast i8* %35 to i8**
  store i8* %41, i8** %46, align 8, !tbaa !43
  %47 = fcmp ueq double %34, 0x7FF0000000000000
  br i1 %47, label %48, label %53

48:                                               ; preds = %44
  %49 = fcmp uno double %33, 0.000000e+00
  %50 = select i1 %26, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.20, i64 0, i64 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.21, i64 0, i64 0)
  %51 = select i1 %26, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.22, i64 0, i64 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.23, i64 0, i64 0)
  %52 = select i1 %49, i8* %50, i8* %51
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef nonnull %45, i8* noundef %52)
  br label %97

53:                                               ; preds = %44
  switch i32 %30, label %60 [
    i32 102, label %54
    i32 37, label %54
  ]

54:                                               ; preds = %53, %53
  %55 = icmp eq i32 %5, 0
  %56 = select i1 %55, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.25, i64 0, i64 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.24, i64 0, i64 0)
  %57 = icmp slt i64 %9, 0
  %58 = trunc i64 %9 to i32
  %59 = select i1 %57, i32 6, i32 %58
  tail call fastcc void @buf_fixed(%struct.EmBuf* noundef nonnull %45, i8* noundef %56, i32 noundef %59, double noundef %34)
  br label %97

60:                                               ; preds = %53
  %61 = icmp slt i64 %9, 0
  %62 = select i1 %61, i64 6, i64 %9
  %63 = icmp eq i32 %30, 101
  %64 = select i1 %63, i32 101, i32 103
  %65 = add nuw nsw i64 %62, 1
  %66 = icmp eq i64 %62, 0
  %67 = select i1 %66, i64 1, i64 %62
  %68 = select i1 %63, i64 %65, i64 %67
  %69 = icmp eq i32 %30, 0
  %70 = and i1 %61, %69
  %71 = select i1 %70, i32 114, i32 %64
  %72 = getelementptr inbounds [32 x i8], [32 x i8]* %13, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %72) #37
  %73 = icmp ult i64 %68, 31
  br i1 %73, label %82, label %74

74:                                               ; preds = %60
  %75 = add nuw nsw i64 %68, 1
  %76 = tail call noalias i8* @malloc(i64 noundef %75) #37
  %77 = icmp eq i8* %76, null
  br i1 %77, label %78, label %79

78:                                               ; preds = %74
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

79:                                               ; preds = %74
  %80 = icmp ugt i64 %68, 4094
  br i1 %80, label %81, label %82

81:                                               ; preds = %79
  tail call fastcc void @advise_big(i8* noundef nonnull %76, i64 noundef %75) #37
  br label %82

82:                                               ; preds = %81, %79, %60
  %83 = phi i8* [ %72, %60 ], [ %76, %79 ], [ %76, %81 ]
  %84 = bitcast i32* %14 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %84) #37
  br i1 %70, label %85, label %87

85:                                               ; preds = %82
  %86 = call fastcc i32 @shortest_digits(double noundef %34, i32 noundef 0, i8* noundef nonnull %83, i32* noundef nonnull %14)
  br label %89

87:                                               ; preds = %82
  %88 = call fastcc i32 @sig_digits(double noundef %34, i64 noundef %68, i8* noundef nonnull %83, i32* noundef nonnull %14)
  br label %89

89:                                               ; preds = %87, %85
  %90 = phi i32 [ %86, %85 ], [ %88, %87 ]
  %91 = load i32, i32* %14, align 4, !tbaa !3
  %92 = zext i1 %69 to i32
  %93 = select i1 %26, i8 69, i8 101
  call fastcc void @float_layout(%struct.EmBuf* noundef nonnull %45, i8* noundef nonnull %83, i32 noundef %90, i32 noundef %91, i32 noundef %71, i64 noundef %68, i32 noundef %92, i32 noundef %5, i8 noundef signext %93)
  %94 = icmp eq i8* %83, %72
  br i1 %94, label %96, label %95

95:                                               ; preds = %89
  call void @free(i8* noundef nonnull %83) #37
  br label %96

96:                                               ; preds = %95, %89
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %84) #37
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %72) #37
  br label %97

97:                                               ; preds = %54, %96, %48
  br i1 %31, label %98, label %99

98:                                               ; preds = %97
  call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %45, i8 noundef signext 37)
  br label %99

99:                                               ; preds = %98, %97
  %100 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 0
  %101 = load i8*, i8** %100, align 8, !tbaa !43
  %102 = getelementptr inbounds i8, i8* %101, i64 16
  %103 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 1
  %104 = load i64, i64* %103, align 8, !tbaa !45
  %105 = icmp sgt i64 %104, 0
  br i1 %105, label %106, label %115

106:                                              ; preds = %99, %112
  %107 = phi i64 [ %113, %112 ], [ 0, %99 ]
  %108 = getelementptr inbounds i8, i8* %102, i64 %107
  %109 = load i8, i8* %108, align 1, !tbaa !17
  %110 = add i8 %109, -48
  %111 = icmp ult i8 %110, 10
  br i1 %111, label %112, label %115

112:                                              ; preds = %106
  %113 = add nuw nsw i64 %107, 1
  %114 = icmp eq i64 %113, %104
  br i1 %114, label %115, label %106, !llvm.loop !161

115:                                              ; preds = %106, %112, %99
  %116 = phi i64 [ 0, %99 ], [ %104, %112 ], [ %107, %106 ]
  %117 = bitcast double %33 to i64
  %118 = icmp slt i64 %117, 0
  %119 = fcmp ord double %33, 0.000000e+00
  %120 = and i1 %119, %118
  %121 = zext i1 %120 to i32
  %122 = getelementptr inbounds i8, i8* %102, i64 %116
  %123 = sub nsw i64 %104, %116
  call fastcc void @put_number(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef %121, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i8* noundef nonnull %102, i64 noundef %116, i8* noundef nonnull %122, i64 noundef %123, i32 noundef 3)
  call void @free(i8* noundef %101) #37
  call void @free(i8* noundef %35) #37
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %15) #37
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fabs.f64(double) #5

; Function Attrs: nounwind
define internal fastcc void @buf_fixed(%struct.EmBuf* nocapture noundef %0, i8* nocapture noundef readonly %1, i32 noundef %2, double noundef %3) unnamed_addr #0 {
  %5 = alloca [48 x i8], align 16
  %6 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %7 = getelementptr inbounds i8, i8* %1, i64 1
  %8 = load i8, i8* %7, align 1, !tbaa !17
  %9 = icmp eq i8 %8, 46
  br i1 %9, label %10, label %154

10:                                               ; preds = %4
  %11 = icmp sgt i32 %2, 22
  %12 = tail call double @llvm.fabs.f64(double %3) #43
  %13 = fcmp ueq double %12, 0x7FF0000000000000
  %14 = select i1 %11, i1 true, i1 %13
  br i1 %14, label %154, label %15

15:                                               ; preds = %10
  %16 = sext i32 %2 to i64
  %17 = getelementptr inbounds [23 x double], [23 x double]* @em_p10, i64 0, i64 %16
  %18 = load double, double* %17, align 8, !tbaa !144
  %19 = fmul double %12, %18
  %20 = fcmp olt double %19, 0x4310000000000000
  br i1 %20, label %21, label %154

21:                                               ; preds = %15
  %22 = fneg double %19
  %23 = tail call double @llvm.fma.f64(double %12, double %18, double %22) #37
  %24 = tail call double @llvm.nearbyint.f64(double %19) #37
  %25 = fsub double %19, %24
  %26 = fcmp oeq double %25, 5.000000e-01
  %27 = fcmp ogt double %23, 0.000000e+00
  %28 = select i1 %26, i1 %27, i1 false
  br i1 %28, label %29, label %31

29:                                               ; preds = %21
  %30 = fadd double %24, 1.000000e+00
  br label %37

31:                                               ; preds = %21
  %32 = fcmp oeq double %25, -5.000000e-01
  %33 = fcmp olt double %23, 0.000000e+00
  %34 = select i1 %32, i1 %33, i1 false
  %35 = fadd double %24, -1.000000e+00
  %36 = select i1 %34, double %35, double %24
  br label %37

37:                                               ; preds = %31, %29
  %38 = phi double [ %30, %29 ], [ %36, %31 ]
  %39 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %39) #37
  %40 = fptoui double %38 to i64
  %41 = icmp sgt i32 %2, 0
  br i1 %41, label %42, label %65

42:                                               ; preds = %37
  %43 = and i32 %2, 1
  %44 = icmp eq i32 %2, 1
  br i1 %44, label %49, label %45

45:                                               ; preds = %42
  %46 = and i32 %2, -2
  br label %71

47:                                               ; preds = %71
  %48 = add i64 %72, -3
  br label %49

49:                                               ; preds = %47, %42
  %50 = phi i64 [ undef, %42 ], [ %84, %47 ]
  %51 = phi i64 [ undef, %42 ], [ %86, %47 ]
  %52 = phi i64 [ 47, %42 ], [ %48, %47 ]
  %53 = phi i64 [ %40, %42 ], [ %86, %47 ]
  %54 = icmp eq i32 %43, 0
  br i1 %54, label %61, label %55

55:                                               ; preds = %49
  %56 = urem i64 %53, 10
  %57 = trunc i64 %56 to i8
  %58 = or i8 %57, 48
  %59 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %52
  store i8 %58, i8* %59, align 1, !tbaa !17
  %60 = udiv i64 %53, 10
  br label %61

61:                                               ; preds = %49, %55
  %62 = phi i64 [ %50, %49 ], [ %52, %55 ]
  %63 = phi i64 [ %51, %49 ], [ %60, %55 ]
  %64 = trunc i64 %62 to i32
  br label %65

65:                                               ; preds = %61, %37
  %66 = phi i32 [ 48, %37 ], [ %64, %61 ]
  %67 = phi i64 [ %40, %37 ], [ %63, %61 ]
  %68 = icmp eq i32 %2, 0
  br i1 %68, label %69, label %89

69:                                               ; preds = %65
  %70 = sext i32 %66 to i64
  br label %93

71:                                               ; preds = %71, %45
  %72 = phi i64 [ 48, %45 ], [ %84, %71 ]
  %73 = phi i64 [ %40, %45 ], [ %86, %71 ]
  %74 = phi i32 [ 0, %45 ], [ %87, %71 ]
  %75 = urem i64 %73, 10
  %76 = trunc i64 %75 to i8
  %77 = or i8 %76, 48
  %78 = add nsw i64 %72, -1
  %79 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %78
  store i8 %77, i8* %79, align 1, !tbaa !17
  %80 = udiv i64 %73, 10
  %81 = urem i64 %80, 10
  %82 = trunc i64 %81 to i8
  %83 = or i8 %82, 48
  %84 = add nsw i64 %72, -2
  %85 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %84
  store i8 %83, i8* %85, align 2, !tbaa !17
  %86 = udiv i64 %73, 100
  %87 = add i32 %74, 2
  %88 = icmp eq i32 %87, %46
  br i1 %88, label %47, label %71, !llvm.loop !162

89:                                               ; preds = %65
  %90 = add nsw i32 %66, -1
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %91
  store i8 46, i8* %92, align 1, !tbaa !17
  br label %93

93:                                               ; preds = %89, %69
  %94 = phi i64 [ %91, %89 ], [ %70, %69 ]
  br label %95

95:                                               ; preds = %93, %95
  %96 = phi i64 [ %101, %95 ], [ %94, %93 ]
  %97 = phi i64 [ %103, %95 ], [ %67, %93 ]
  %98 = urem i64 %97, 10
  %99 = trunc i64 %98 to i8
  %100 = or i8 %99, 48
  %101 = add nsw i64 %96, -1
  %102 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %101
  store i8 %100, i8* %102, align 1, !tbaa !17
  %103 = udiv i64 %97, 10
  %104 = icmp ult i64 %97, 10
  br i1 %104, label %105, label %95, !llvm.loop !163

105:                                              ; preds = %95
  %106 = bitcast double %3 to i64
  %107 = icmp slt i64 %106, 0
  br i1 %107, label %111, label %108

108:                                              ; preds = %105
  %109 = shl i64 %101, 32
  %110 = ashr exact i64 %109, 32
  br label %116

111:                                              ; preds = %105
  %112 = shl i64 %96, 32
  %113 = add i64 %112, -8589934592
  %114 = ashr exact i64 %113, 32
  %115 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %114
  store i8 45, i8* %115, align 1, !tbaa !17
  br label %116

116:                                              ; preds = %111, %108
  %117 = phi i64 [ %110, %108 ], [ %114, %111 ]
  %118 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 %117
  %119 = sub nsw i64 48, %117
  %120 = load i64, i64* %6, align 8, !tbaa !45
  %121 = add nsw i64 %119, %120
  %122 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %123 = load i64, i64* %122, align 8, !tbaa !67
  %124 = icmp sgt i64 %121, %123
  br i1 %124, label %128, label %125

125:                                              ; preds = %116
  %126 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %127 = load i8*, i8** %126, align 8, !tbaa !43
  br label %147

128:                                              ; preds = %116
  %129 = shl nsw i64 %123, 1
  %130 = icmp sgt i64 %129, %121
  %131 = select i1 %130, i64 %129, i64 %121
  %132 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %133 = add nsw i64 %131, 17
  %134 = icmp sgt i64 %131, -18
  br i1 %134, label %135, label %141

135:                                              ; preds = %128
  %136 = load i8*, i8** %132, align 8, !tbaa !43
  %137 = icmp eq i64 %133, 0
  %138 = select i1 %137, i64 1, i64 %133
  %139 = tail call i8* @realloc(i8* noundef %136, i64 noundef %138) #37
  %140 = icmp eq i8* %139, null
  br i1 %140, label %141, label %142

141:                                              ; preds = %135, %128
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

142:                                              ; preds = %135
  %143 = icmp ugt i64 %133, 4095
  br i1 %143, label %144, label %145

144:                                              ; preds = %142
  tail call fastcc void @advise_big(i8* noundef nonnull %139, i64 noundef %133) #37
  br label %145

145:                                              ; preds = %144, %142
  store i8* %139, i8** %132, align 8, !tbaa !43
  store i64 %131, i64* %122, align 8, !tbaa !67
  %146 = load i64, i64* %6, align 8, !tbaa !45
  br label %147

147:                                              ; preds = %125, %145
  %148 = phi i64 [ %120, %125 ], [ %146, %145 ]
  %149 = phi i8* [ %127, %125 ], [ %139, %145 ]
  %150 = getelementptr inbounds i8, i8* %149, i64 16
  %151 = getelementptr inbounds i8, i8* %150, i64 %148
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %151, i8* nonnull align 1 %118, i64 %119, i1 false) #37
  %152 = load i64, i64* %6, align 8, !tbaa !45
  %153 = add nsw i64 %152, %119
  store i64 %153, i64* %6, align 8, !tbaa !45
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %39) #37
  br label %193

154:                                              ; preds = %15, %10, %4
  %155 = tail call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef null, i64 noundef 0, i8* noundef nonnull %1, i32 noundef %2, double noundef %3) #37
  %156 = sext i32 %155 to i64
  %157 = load i64, i64* %6, align 8, !tbaa !45
  %158 = add nsw i64 %157, %156
  %159 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %160 = load i64, i64* %159, align 8, !tbaa !67
  %161 = icmp sgt i64 %158, %160
  br i1 %161, label %165, label %162

162:                                              ; preds = %154
  %163 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %164 = load i8*, i8** %163, align 8, !tbaa !43
  br label %184

165:                                              ; preds = %154
  %166 = shl nsw i64 %160, 1
  %167 = icmp sgt i64 %166, %158
  %168 = select i1 %167, i64 %166, i64 %158
  %169 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %170 = add nsw i64 %168, 17
  %171 = icmp sgt i64 %168, -18
  br i1 %171, label %172, label %178

172:                                              ; preds = %165
  %173 = load i8*, i8** %169, align 8, !tbaa !43
  %174 = icmp eq i64 %170, 0
  %175 = select i1 %174, i64 1, i64 %170
  %176 = tail call i8* @realloc(i8* noundef %173, i64 noundef %175) #37
  %177 = icmp eq i8* %176, null
  br i1 %177, label %178, label %179

178:                                              ; preds = %172, %165
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

179:                                              ; preds = %172
  %180 = icmp ugt i64 %170, 4095
  br i1 %180, label %181, label %182

181:                                              ; preds = %179
  tail call fastcc void @advise_big(i8* noundef nonnull %176, i64 noundef %170) #37
  br label %182

182:                                              ; preds = %181, %179
  store i8* %176, i8** %169, align 8, !tbaa !43
  store i64 %168, i64* %159, align 8, !tbaa !67
  %183 = load i64, i64* %6, align 8, !tbaa !45
  br label %184

184:                                              ; preds = %162, %182
  %185 = phi i64 [ %157, %162 ], [ %183, %182 ]
  %186 = phi i8* [ %164, %162 ], [ %176, %182 ]
  %187 = getelementptr inbounds i8, i8* %186, i64 16
  %188 = getelementptr inbounds i8, i8* %187, i64 %185
  %189 = add nsw i64 %156, 1
  %190 = tail call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %188, i64 noundef %189, i8* noundef nonnull %1, i32 noundef %2, double noundef %3) #37
  %191 = load i64, i64* %6, align 8, !tbaa !45
  %192 = add nsw i64 %191, %156
  store i64 %192, i64* %6, align 8, !tbaa !45
  br label %193

193:                                              ; preds = %147, %184
  ret void
}

; Function Attrs: nounwind
define internal fastcc i32 @shortest_digits(double noundef %0, i32 noundef %1, i8* noundef %2, i32* nocapture noundef %3) unnamed_addr #0 {
  %5 = alloca [48 x i8], align 16
  %6 = alloca [48 x i8], align 16
  %7 = alloca i32, align 4
  %8 = alloca [24 x i8], align 16
  %9 = bitcast i32* %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %9) #37
  %10 = call double @frexp(double noundef %0, i32* noundef nonnull %7) #37
  %11 = fcmp oeq double %10, 5.000000e-01
  %12 = icmp eq i32 %1, 0
  %13 = select i1 %12, i64 17, i64 9
  %14 = fcmp oge double %0, 1.000000e+00
  %15 = select i1 %12, double 0x4340000000000000, double 0x4170000000000000
  %16 = fcmp ogt double %15, %0
  %17 = and i1 %14, %16
  br i1 %17, label %18, label %75

18:                                               ; preds = %4
  %19 = fptoui double %0 to i64
  %20 = uitofp i64 %19 to double
  %21 = fcmp oeq double %20, %0
  br i1 %21, label %22, label %75

22:                                               ; preds = %18
  %23 = icmp eq i64 %19, 0
  br i1 %23, label %24, label %43

24:                                               ; preds = %22
  store i32 0, i32* %3, align 4, !tbaa !3
  br label %25

25:                                               ; preds = %49, %24
  %26 = phi i64 [ %50, %49 ], [ 0, %24 ]
  br label %69

27:                                               ; preds = %43
  store i32 %46, i32* %3, align 4, !tbaa !3
  %28 = zext i32 %46 to i64
  %29 = and i64 %28, 1
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %39, label %31

31:                                               ; preds = %27
  %32 = add nsw i64 %28, -1
  %33 = urem i64 %19, 10
  %34 = trunc i64 %33 to i8
  %35 = or i8 %34, 48
  %36 = and i64 %32, 4294967295
  %37 = getelementptr inbounds i8, i8* %2, i64 %36
  store i8 %35, i8* %37, align 1, !tbaa !17
  %38 = udiv i64 %19, 10
  br label %39

39:                                               ; preds = %31, %27
  %40 = phi i64 [ %28, %27 ], [ %32, %31 ]
  %41 = phi i64 [ %19, %27 ], [ %38, %31 ]
  %42 = icmp eq i32 %44, 0
  br i1 %42, label %49, label %51

43:                                               ; preds = %22, %43
  %44 = phi i32 [ %46, %43 ], [ 0, %22 ]
  %45 = phi i64 [ %47, %43 ], [ %19, %22 ]
  %46 = add nuw nsw i32 %44, 1
  %47 = udiv i64 %45, 10
  %48 = icmp ult i64 %45, 10
  br i1 %48, label %27, label %43, !llvm.loop !164

49:                                               ; preds = %51, %39
  %50 = zext i32 %46 to i64
  br label %25

51:                                               ; preds = %39, %51
  %52 = phi i64 [ %61, %51 ], [ %40, %39 ]
  %53 = phi i64 [ %67, %51 ], [ %41, %39 ]
  %54 = add nsw i64 %52, -1
  %55 = urem i64 %53, 10
  %56 = trunc i64 %55 to i8
  %57 = or i8 %56, 48
  %58 = and i64 %54, 4294967295
  %59 = getelementptr inbounds i8, i8* %2, i64 %58
  store i8 %57, i8* %59, align 1, !tbaa !17
  %60 = udiv i64 %53, 10
  %61 = add nsw i64 %52, -2
  %62 = urem i64 %60, 10
  %63 = trunc i64 %62 to i8
  %64 = or i8 %63, 48
  %65 = and i64 %61, 4294967295
  %66 = getelementptr inbounds i8, i8* %2, i64 %65
  store i8 %64, i8* %66, align 1, !tbaa !17
  %67 = udiv i64 %53, 100
  %68 = icmp ugt i64 %54, 1
  br i1 %68, label %51, label %49, !llvm.loop !165

69:                                               ; preds = %25, %69
  %70 = phi i64 [ %71, %69 ], [ %26, %25 ]
  %71 = add i64 %70, -1
  %72 = getelementptr inbounds i8, i8* %2, i64 %71
  %73 = load i8, i8* %72, align 1, !tbaa !17
  %74 = icmp eq i8 %73, 48
  br i1 %74, label %69, label %248, !llvm.loop !166

75:                                               ; preds = %18, %4
  %76 = fcmp oge double %0, 0x3810000000000000
  %77 = fcmp oge double %0, 0x10000000000000
  %78 = select i1 %12, i1 %77, i1 %76
  %79 = and i1 %77, %12
  %80 = fcmp olt double %0, 0x4310000000000000
  %81 = and i1 %80, %79
  br i1 %81, label %82, label %170

82:                                               ; preds = %75, %165
  %83 = phi i64 [ %166, %165 ], [ 1, %75 ]
  %84 = getelementptr inbounds [23 x double], [23 x double]* @em_p10, i64 0, i64 %83
  %85 = load double, double* %84, align 8, !tbaa !144
  %86 = fmul double %85, %0
  %87 = fcmp olt double %86, 0x4310000000000000
  br i1 %87, label %88, label %170

88:                                               ; preds = %82
  %89 = tail call double @llvm.nearbyint.f64(double %86) #37
  %90 = fdiv double %89, %85
  %91 = fcmp une double %90, %0
  br i1 %91, label %155, label %92

92:                                               ; preds = %161, %88
  %93 = phi i64 [ %83, %88 ], [ %156, %161 ]
  %94 = phi double [ %89, %88 ], [ %162, %161 ]
  %95 = fptoui double %94 to i64
  %96 = icmp eq i64 %95, 0
  br i1 %96, label %97, label %118

97:                                               ; preds = %92
  %98 = trunc i64 %93 to i32
  %99 = sub nsw i32 0, %98
  store i32 %99, i32* %3, align 4, !tbaa !3
  br label %124

100:                                              ; preds = %118
  %101 = trunc i64 %93 to i32
  %102 = sub nsw i32 %121, %101
  store i32 %102, i32* %3, align 4, !tbaa !3
  %103 = zext i32 %121 to i64
  %104 = and i64 %103, 1
  %105 = icmp eq i64 %104, 0
  br i1 %105, label %114, label %106

106:                                              ; preds = %100
  %107 = add nsw i64 %103, -1
  %108 = urem i64 %95, 10
  %109 = trunc i64 %108 to i8
  %110 = or i8 %109, 48
  %111 = and i64 %107, 4294967295
  %112 = getelementptr inbounds i8, i8* %2, i64 %111
  store i8 %110, i8* %112, align 1, !tbaa !17
  %113 = udiv i64 %95, 10
  br label %114

114:                                              ; preds = %106, %100
  %115 = phi i64 [ %103, %100 ], [ %107, %106 ]
  %116 = phi i64 [ %95, %100 ], [ %113, %106 ]
  %117 = icmp eq i32 %120, 0
  br i1 %117, label %124, label %128

118:                                              ; preds = %92, %118
  %119 = phi i64 [ %122, %118 ], [ %95, %92 ]
  %120 = phi i32 [ %121, %118 ], [ 0, %92 ]
  %121 = add nuw nsw i32 %120, 1
  %122 = udiv i64 %119, 10
  %123 = icmp ult i64 %119, 10
  br i1 %123, label %100, label %118, !llvm.loop !167

124:                                              ; preds = %114, %128, %97
  %125 = phi i32 [ 0, %97 ], [ %121, %128 ], [ %121, %114 ]
  %126 = phi i64 [ 0, %97 ], [ %103, %128 ], [ %103, %114 ]
  %127 = tail call i32 @llvm.smin.i32(i32 %125, i32 1) #37
  br label %146

128:                                              ; preds = %114, %128
  %129 = phi i64 [ %138, %128 ], [ %115, %114 ]
  %130 = phi i64 [ %144, %128 ], [ %116, %114 ]
  %131 = add nsw i64 %129, -1
  %132 = urem i64 %130, 10
  %133 = trunc i64 %132 to i8
  %134 = or i8 %133, 48
  %135 = and i64 %131, 4294967295
  %136 = getelementptr inbounds i8, i8* %2, i64 %135
  store i8 %134, i8* %136, align 1, !tbaa !17
  %137 = udiv i64 %130, 10
  %138 = add nsw i64 %129, -2
  %139 = urem i64 %137, 10
  %140 = trunc i64 %139 to i8
  %141 = or i8 %140, 48
  %142 = and i64 %138, 4294967295
  %143 = getelementptr inbounds i8, i8* %2, i64 %142
  store i8 %141, i8* %143, align 1, !tbaa !17
  %144 = udiv i64 %130, 100
  %145 = icmp ugt i64 %131, 1
  br i1 %145, label %128, label %124, !llvm.loop !168

146:                                              ; preds = %150, %124
  %147 = phi i64 [ %126, %124 ], [ %151, %150 ]
  %148 = trunc i64 %147 to i32
  %149 = icmp sgt i32 %148, 1
  br i1 %149, label %150, label %168

150:                                              ; preds = %146
  %151 = add nsw i64 %147, -1
  %152 = getelementptr inbounds i8, i8* %2, i64 %151
  %153 = load i8, i8* %152, align 1, !tbaa !17
  %154 = icmp eq i8 %153, 48
  br i1 %154, label %146, label %250, !llvm.loop !169

155:                                              ; preds = %88
  %156 = add nuw nsw i64 %83, 1
  %157 = getelementptr inbounds [23 x double], [23 x double]* @em_p10, i64 0, i64 %156
  %158 = load double, double* %157, align 8, !tbaa !144
  %159 = fmul double %158, %0
  %160 = fcmp olt double %159, 0x4310000000000000
  br i1 %160, label %161, label %170

161:                                              ; preds = %155
  %162 = tail call double @llvm.nearbyint.f64(double %159) #37
  %163 = fdiv double %162, %158
  %164 = fcmp une double %163, %0
  br i1 %164, label %165, label %92

165:                                              ; preds = %161
  %166 = add nuw nsw i64 %83, 2
  %167 = icmp eq i64 %166, 23
  br i1 %167, label %170, label %82, !llvm.loop !170

168:                                              ; preds = %146
  %169 = icmp eq i32 %127, 0
  br i1 %169, label %170, label %252

170:                                              ; preds = %82, %155, %165, %168, %75
  %171 = select i1 %12, i32 15, i32 6
  %172 = select i1 %78, i32 %171, i32 1
  %173 = zext i32 %172 to i64
  %174 = call fastcc i32 @sig_digits(double noundef %0, i64 noundef %173, i8* noundef %2, i32* noundef %3)
  %175 = getelementptr inbounds [48 x i8], [48 x i8]* %6, i64 0, i64 0
  %176 = fptrunc double %0 to float
  %177 = getelementptr inbounds [24 x i8], [24 x i8]* %8, i64 0, i64 0
  %178 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 0
  %179 = add nsw i32 %172, -1
  br label %180

180:                                              ; preds = %170, %243
  %181 = phi i64 [ %173, %170 ], [ %244, %243 ]
  %182 = phi i32 [ 0, %170 ], [ %247, %243 ]
  %183 = phi i32 [ %174, %170 ], [ %245, %243 ]
  %184 = trunc i64 %181 to i32
  %185 = call i32 @llvm.smin.i32(i32 %184, i32 1)
  %186 = add i32 %179, %182
  %187 = load i32, i32* %3, align 4, !tbaa !3
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %175) #37
  %188 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %175, i64 noundef 48, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str.100, i64 0, i64 0), i32 noundef %183, i8* noundef %2, i32 noundef %187) #37
  br i1 %12, label %192, label %189

189:                                              ; preds = %180
  %190 = call float @strtof(i8* nocapture noundef nonnull %175, i8** noundef null) #37
  %191 = fcmp oeq float %190, %176
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %175) #37
  br i1 %191, label %252, label %195

192:                                              ; preds = %180
  %193 = call double @strtod(i8* nocapture noundef nonnull %175, i8** noundef null) #37
  %194 = fcmp oeq double %193, %0
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %175) #37
  br i1 %194, label %252, label %195

195:                                              ; preds = %189, %192
  br i1 %11, label %196, label %243

196:                                              ; preds = %195
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %177) #37
  %197 = load i32, i32* %3, align 4, !tbaa !3
  %198 = sext i32 %183 to i64
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 16 %177, i8* align 1 %2, i64 %198, i1 false)
  %199 = icmp sgt i64 %181, %198
  br i1 %199, label %200, label %205

200:                                              ; preds = %196
  %201 = getelementptr [24 x i8], [24 x i8]* %8, i64 0, i64 %198
  %202 = sub i32 %186, %183
  %203 = zext i32 %202 to i64
  %204 = add nuw nsw i64 %203, 1
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(1) %201, i8 48, i64 %204, i1 false), !tbaa !17
  br label %205

205:                                              ; preds = %200, %196
  br label %206

206:                                              ; preds = %205, %213
  %207 = phi i64 [ %208, %213 ], [ %181, %205 ]
  %208 = add nsw i64 %207, -1
  %209 = and i64 %208, 4294967295
  %210 = getelementptr inbounds [24 x i8], [24 x i8]* %8, i64 0, i64 %209
  %211 = load i8, i8* %210, align 1, !tbaa !17
  %212 = icmp eq i8 %211, 57
  br i1 %212, label %213, label %217

213:                                              ; preds = %206
  store i8 48, i8* %210, align 1, !tbaa !17
  %214 = icmp sgt i64 %207, 1
  br i1 %214, label %206, label %215, !llvm.loop !171

215:                                              ; preds = %213
  store i8 49, i8* %177, align 16, !tbaa !17
  %216 = add nsw i32 %197, 1
  br label %219

217:                                              ; preds = %206
  %218 = add i8 %211, 1
  store i8 %218, i8* %210, align 1, !tbaa !17
  br label %219

219:                                              ; preds = %217, %215
  %220 = phi i32 [ %216, %215 ], [ %197, %217 ]
  br label %221

221:                                              ; preds = %224, %219
  %222 = phi i64 [ %225, %224 ], [ %181, %219 ]
  %223 = icmp sgt i64 %222, 1
  br i1 %223, label %224, label %231

224:                                              ; preds = %221
  %225 = add nsw i64 %222, -1
  %226 = getelementptr inbounds [24 x i8], [24 x i8]* %8, i64 0, i64 %225
  %227 = load i8, i8* %226, align 1, !tbaa !17
  %228 = icmp eq i8 %227, 48
  br i1 %228, label %221, label %229, !llvm.loop !172

229:                                              ; preds = %224
  %230 = trunc i64 %222 to i32
  br label %231

231:                                              ; preds = %221, %229
  %232 = phi i32 [ %230, %229 ], [ %185, %221 ]
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %178) #37
  %233 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %178, i64 noundef 48, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str.100, i64 0, i64 0), i32 noundef %232, i8* noundef nonnull %177, i32 noundef %220) #37
  br i1 %12, label %237, label %234

234:                                              ; preds = %231
  %235 = call float @strtof(i8* nocapture noundef nonnull %178, i8** noundef null) #37
  %236 = fcmp oeq float %235, %176
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %178) #37
  br i1 %236, label %241, label %240

237:                                              ; preds = %231
  %238 = call double @strtod(i8* nocapture noundef nonnull %178, i8** noundef null) #37
  %239 = fcmp oeq double %238, %0
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %178) #37
  br i1 %239, label %241, label %240

240:                                              ; preds = %234, %237
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %177) #37
  br label %243

241:                                              ; preds = %234, %237
  %242 = sext i32 %232 to i64
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %2, i8* nonnull align 16 %177, i64 %242, i1 false)
  store i32 %220, i32* %3, align 4, !tbaa !3
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %177) #37
  br label %252

243:                                              ; preds = %240, %195
  %244 = add nuw nsw i64 %181, 1
  %245 = call fastcc i32 @sig_digits(double noundef %0, i64 noundef %244, i8* noundef %2, i32* noundef nonnull %3)
  %246 = icmp eq i64 %244, %13
  %247 = add i32 %182, 1
  br i1 %246, label %252, label %180

248:                                              ; preds = %69
  %249 = trunc i64 %70 to i32
  br label %252

250:                                              ; preds = %150
  %251 = trunc i64 %147 to i32
  br label %252

252:                                              ; preds = %243, %192, %189, %250, %248, %241, %168
  %253 = phi i32 [ %127, %168 ], [ %232, %241 ], [ %249, %248 ], [ %251, %250 ], [ %183, %189 ], [ %183, %192 ], [ %245, %243 ]
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %9) #37
  ret i32 %253
}

; Function Attrs: nounwind
define internal fastcc i32 @sig_digits(double noundef %0, i64 noundef %1, i8* nocapture noundef %2, i32* nocapture noundef writeonly %3) unnamed_addr #0 {
  %5 = alloca [48 x i8], align 16
  %6 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %6) #37
  %7 = add i64 %1, 16
  %8 = icmp ult i64 %7, 49
  br i1 %8, label %18, label %9

9:                                                ; preds = %4
  %10 = icmp sgt i64 %7, -1
  br i1 %10, label %11, label %14

11:                                               ; preds = %9
  %12 = tail call noalias i8* @malloc(i64 noundef %7) #37
  %13 = icmp eq i8* %12, null
  br i1 %13, label %14, label %15

14:                                               ; preds = %11, %9
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

15:                                               ; preds = %11
  %16 = icmp ugt i64 %7, 4095
  br i1 %16, label %17, label %18

17:                                               ; preds = %15
  tail call fastcc void @advise_big(i8* noundef nonnull %12, i64 noundef %7) #37
  br label %18

18:                                               ; preds = %17, %15, %4
  %19 = phi i8* [ %6, %4 ], [ %12, %15 ], [ %12, %17 ]
  %20 = trunc i64 %1 to i32
  %21 = add i32 %20, -1
  %22 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %19, i64 noundef %7, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.101, i64 0, i64 0), i32 noundef %21, double noundef %0) #37
  br label %23

23:                                               ; preds = %31, %18
  %24 = phi i32 [ 0, %18 ], [ %32, %31 ]
  %25 = phi i8* [ %19, %18 ], [ %33, %31 ]
  %26 = load i8, i8* %25, align 1, !tbaa !17
  switch i8 %26, label %27 [
    i8 101, label %34
    i8 46, label %31
  ]

27:                                               ; preds = %23
  %28 = add nsw i32 %24, 1
  %29 = sext i32 %24 to i64
  %30 = getelementptr inbounds i8, i8* %2, i64 %29
  store i8 %26, i8* %30, align 1, !tbaa !17
  br label %31

31:                                               ; preds = %23, %27
  %32 = phi i32 [ %28, %27 ], [ %24, %23 ]
  %33 = getelementptr inbounds i8, i8* %25, i64 1
  br label %23, !llvm.loop !173

34:                                               ; preds = %23
  %35 = getelementptr inbounds i8, i8* %25, i64 1
  %36 = call i64 @strtol(i8* nocapture noundef nonnull %35, i8** noundef null, i32 noundef 10) #37
  %37 = trunc i64 %36 to i32
  %38 = add nsw i32 %37, 1
  store i32 %38, i32* %3, align 4, !tbaa !3
  %39 = icmp eq i8* %19, %6
  br i1 %39, label %41, label %40

40:                                               ; preds = %34
  call void @free(i8* noundef %19) #37
  br label %41

41:                                               ; preds = %40, %34
  %42 = zext i32 %24 to i64
  %43 = call i32 @llvm.smin.i32(i32 %24, i32 1)
  br label %44

44:                                               ; preds = %48, %41
  %45 = phi i64 [ %49, %48 ], [ %42, %41 ]
  %46 = trunc i64 %45 to i32
  %47 = icmp sgt i32 %46, 1
  br i1 %47, label %48, label %55

48:                                               ; preds = %44
  %49 = add nsw i64 %45, -1
  %50 = getelementptr inbounds i8, i8* %2, i64 %49
  %51 = load i8, i8* %50, align 1, !tbaa !17
  %52 = icmp eq i8 %51, 48
  br i1 %52, label %44, label %53, !llvm.loop !174

53:                                               ; preds = %48
  %54 = trunc i64 %45 to i32
  br label %55

55:                                               ; preds = %44, %53
  %56 = phi i32 [ %54, %53 ], [ %43, %44 ]
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %6) #37
  ret i32 %56
}

; Function Attrs: nounwind
define internal fastcc void @float_layout(%struct.EmBuf* nocapture noundef %0, i8* nocapture noundef readonly %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i64 noundef %5, i32 noundef %6, i32 noundef %7, i8 noundef signext %8) unnamed_addr #0 {
  %10 = sext i32 %2 to i64
  switch i32 %4, label %24 [
    i32 101, label %28
    i32 103, label %11
  ]

11:                                               ; preds = %9
  %12 = icmp slt i32 %3, -3
  br i1 %12, label %19, label %13

13:                                               ; preds = %11
  %14 = sext i32 %3 to i64
  %15 = icmp ne i32 %6, 0
  %16 = sext i1 %15 to i64
  %17 = add nsw i64 %16, %5
  %18 = icmp slt i64 %17, %14
  br i1 %18, label %19, label %20

19:                                               ; preds = %13, %11
  br label %20

20:                                               ; preds = %19, %13
  %21 = phi i32 [ 1, %19 ], [ 0, %13 ]
  %22 = icmp eq i32 %7, 0
  %23 = select i1 %22, i64 %10, i64 %5
  br label %28

24:                                               ; preds = %9
  %25 = add i32 %3, -17
  %26 = icmp ult i32 %25, -20
  %27 = zext i1 %26 to i32
  br label %28

28:                                               ; preds = %24, %20, %9
  %29 = phi i32 [ 1, %9 ], [ %21, %20 ], [ %27, %24 ]
  %30 = phi i64 [ %5, %9 ], [ %23, %20 ], [ %10, %24 ]
  %31 = icmp eq i32 %29, 0
  %32 = add nsw i32 %3, -1
  %33 = select i1 %31, i32 0, i32 %32
  %34 = select i1 %31, i32 %3, i32 1
  %35 = add nsw i32 %34, -1
  %36 = icmp sgt i32 %34, 0
  %37 = select i1 %36, i32 0, i32 %35
  %38 = sext i32 %37 to i64
  %39 = icmp ne i32 %6, 0
  %40 = and i1 %39, %31
  %41 = zext i1 %40 to i32
  %42 = add nsw i32 %34, %41
  %43 = sext i32 %42 to i64
  %44 = icmp sgt i64 %30, %43
  %45 = select i1 %44, i64 %30, i64 %43
  %46 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %47 = load i64, i64* %46, align 8, !tbaa !45
  %48 = add i64 %47, 1
  %49 = sub i64 %48, %38
  %50 = add i64 %49, %45
  %51 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %52 = load i64, i64* %51, align 8, !tbaa !67
  %53 = icmp sgt i64 %50, %52
  br i1 %53, label %57, label %54

54:                                               ; preds = %28
  %55 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %56 = load i8*, i8** %55, align 8, !tbaa !43
  br label %76

57:                                               ; preds = %28
  %58 = shl nsw i64 %52, 1
  %59 = icmp sgt i64 %58, %50
  %60 = select i1 %59, i64 %58, i64 %50
  %61 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %62 = add nsw i64 %60, 17
  %63 = icmp sgt i64 %60, -18
  br i1 %63, label %64, label %70

64:                                               ; preds = %57
  %65 = load i8*, i8** %61, align 8, !tbaa !43
  %66 = icmp eq i64 %62, 0
  %67 = select i1 %66, i64 1, i64 %62
  %68 = tail call i8* @realloc(i8* noundef %65, i64 noundef %67) #37
  %69 = icmp eq i8* %68, null
  br i1 %69, label %70, label %71

70:                                               ; preds = %64, %57
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

71:                                               ; preds = %64
  %72 = icmp ugt i64 %62, 4095
  br i1 %72, label %73, label %74

73:                                               ; preds = %71
  tail call fastcc void @advise_big(i8* noundef nonnull %68, i64 noundef %62) #37
  br label %74

74:                                               ; preds = %73, %71
  store i8* %68, i8** %61, align 8, !tbaa !43
  store i64 %60, i64* %51, align 8, !tbaa !67
  %75 = load i64, i64* %46, align 8, !tbaa !45
  br label %76

76:                                               ; preds = %54, %74
  %77 = phi i64 [ %47, %54 ], [ %75, %74 ]
  %78 = phi i8* [ %56, %54 ], [ %68, %74 ]
  %79 = getelementptr inbounds i8, i8* %78, i64 16
  %80 = getelementptr inbounds i8, i8* %79, i64 %77
  %81 = icmp sgt i64 %45, %38
  %82 = sext i32 %34 to i64
  br i1 %81, label %83, label %109

83:                                               ; preds = %76
  %84 = sub i64 %45, %38
  %85 = add nsw i64 %38, 1
  %86 = and i64 %84, 1
  %87 = icmp eq i64 %86, 0
  br i1 %87, label %104, label %88

88:                                               ; preds = %83
  %89 = icmp eq i32 %37, %34
  br i1 %89, label %90, label %92

90:                                               ; preds = %88
  %91 = getelementptr inbounds i8, i8* %80, i64 1
  store i8 46, i8* %80, align 1, !tbaa !17
  br label %92

92:                                               ; preds = %90, %88
  %93 = phi i8* [ %91, %90 ], [ %80, %88 ]
  %94 = icmp sgt i32 %37, -1
  %95 = icmp slt i32 %37, %2
  %96 = and i1 %94, %95
  br i1 %96, label %97, label %100

97:                                               ; preds = %92
  %98 = getelementptr inbounds i8, i8* %1, i64 %38
  %99 = load i8, i8* %98, align 1, !tbaa !17
  br label %100

100:                                              ; preds = %97, %92
  %101 = phi i8 [ %99, %97 ], [ 48, %92 ]
  %102 = getelementptr inbounds i8, i8* %93, i64 1
  store i8 %101, i8* %93, align 1, !tbaa !17
  %103 = add nsw i64 %38, 1
  br label %104

104:                                              ; preds = %100, %83
  %105 = phi i8* [ undef, %83 ], [ %102, %100 ]
  %106 = phi i64 [ %38, %83 ], [ %103, %100 ]
  %107 = phi i8* [ %80, %83 ], [ %102, %100 ]
  %108 = icmp eq i64 %45, %85
  br i1 %108, label %109, label %114

109:                                              ; preds = %104, %143, %76
  %110 = phi i8* [ %80, %76 ], [ %105, %104 ], [ %145, %143 ]
  %111 = icmp eq i64 %45, %82
  %112 = icmp ne i32 %7, 0
  %113 = and i1 %112, %111
  br i1 %113, label %148, label %150

114:                                              ; preds = %104, %143
  %115 = phi i64 [ %146, %143 ], [ %106, %104 ]
  %116 = phi i8* [ %145, %143 ], [ %107, %104 ]
  %117 = icmp eq i64 %115, %82
  br i1 %117, label %118, label %120

118:                                              ; preds = %114
  %119 = getelementptr inbounds i8, i8* %116, i64 1
  store i8 46, i8* %116, align 1, !tbaa !17
  br label %120

120:                                              ; preds = %118, %114
  %121 = phi i8* [ %119, %118 ], [ %116, %114 ]
  %122 = icmp sgt i64 %115, -1
  %123 = icmp slt i64 %115, %10
  %124 = and i1 %122, %123
  br i1 %124, label %125, label %128

125:                                              ; preds = %120
  %126 = getelementptr inbounds i8, i8* %1, i64 %115
  %127 = load i8, i8* %126, align 1, !tbaa !17
  br label %128

128:                                              ; preds = %120, %125
  %129 = phi i8 [ %127, %125 ], [ 48, %120 ]
  %130 = getelementptr inbounds i8, i8* %121, i64 1
  store i8 %129, i8* %121, align 1, !tbaa !17
  %131 = add nsw i64 %115, 1
  %132 = icmp eq i64 %131, %82
  br i1 %132, label %133, label %135

133:                                              ; preds = %128
  %134 = getelementptr inbounds i8, i8* %121, i64 2
  store i8 46, i8* %130, align 1, !tbaa !17
  br label %135

135:                                              ; preds = %133, %128
  %136 = phi i8* [ %134, %133 ], [ %130, %128 ]
  %137 = icmp sgt i64 %115, -2
  %138 = icmp slt i64 %131, %10
  %139 = and i1 %137, %138
  br i1 %139, label %140, label %143

140:                                              ; preds = %135
  %141 = getelementptr inbounds i8, i8* %1, i64 %131
  %142 = load i8, i8* %141, align 1, !tbaa !17
  br label %143

143:                                              ; preds = %140, %135
  %144 = phi i8 [ %142, %140 ], [ 48, %135 ]
  %145 = getelementptr inbounds i8, i8* %136, i64 1
  store i8 %144, i8* %136, align 1, !tbaa !17
  %146 = add nsw i64 %115, 2
  %147 = icmp eq i64 %146, %45
  br i1 %147, label %109, label %114, !llvm.loop !175

148:                                              ; preds = %109
  %149 = getelementptr inbounds i8, i8* %110, i64 1
  store i8 46, i8* %110, align 1, !tbaa !17
  br label %150

150:                                              ; preds = %148, %109
  %151 = phi i8* [ %149, %148 ], [ %110, %109 ]
  %152 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %153 = load i8*, i8** %152, align 8, !tbaa !43
  %154 = getelementptr inbounds i8, i8* %153, i64 16
  %155 = ptrtoint i8* %151 to i64
  %156 = ptrtoint i8* %154 to i64
  %157 = sub i64 %155, %156
  store i64 %157, i64* %46, align 8, !tbaa !45
  br i1 %31, label %168, label %158

158:                                              ; preds = %150
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %0, i8 noundef signext %8)
  %159 = icmp slt i32 %33, 0
  %160 = select i1 %159, i8 45, i8 43
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %0, i8 noundef signext %160)
  %161 = add i32 %33, 9
  %162 = icmp ult i32 %161, 19
  br i1 %162, label %163, label %164

163:                                              ; preds = %158
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %0, i8 noundef signext 48)
  br label %164

164:                                              ; preds = %163, %158
  %165 = sub nsw i32 0, %33
  %166 = select i1 %159, i32 %165, i32 %33
  %167 = zext i32 %166 to i64
  tail call void @ember_buf_u64(%struct.EmBuf* noundef nonnull %0, i64 noundef %167)
  br label %168

168:                                              ; preds = %164, %150
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @put_number(%struct.EmBuf* nocapture noundef %0, %struct.Spec* nocapture noundef readonly %1, i32 noundef %2, i8* nocapture noundef readonly %3, i8* nocapture noundef readonly %4, i64 noundef %5, i8* nocapture noundef readonly %6, i64 noundef %7, i32 noundef %8) unnamed_addr #0 {
  %10 = alloca %struct.Spec, align 8
  %11 = alloca [8 x i8], align 1
  %12 = bitcast %struct.Spec* %10 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %12) #37
  %13 = bitcast %struct.Spec* %1 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %12, i8* noundef nonnull align 8 dereferenceable(56) %13, i64 56, i1 false), !tbaa.struct !176
  %14 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 4
  %15 = load i32, i32* %14, align 8, !tbaa !156
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %9
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 1
  %19 = load i32, i32* %18, align 4, !tbaa !153
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %20, i32 61, i32 %19
  store i32 %21, i32* %18, align 4
  br label %27

22:                                               ; preds = %9
  %23 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 0
  %24 = load i32, i32* %23, align 8, !tbaa !151
  %25 = icmp eq i32 %24, 0
  %26 = select i1 %25, i32 32, i32 %24
  br label %27

27:                                               ; preds = %22, %17
  %28 = phi i32 [ 48, %17 ], [ %26, %22 ]
  %29 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 0
  store i32 %28, i32* %29, align 8
  %30 = getelementptr inbounds [8 x i8], [8 x i8]* %11, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %30) #37
  %31 = icmp eq i32 %2, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %27
  store i8 45, i8* %30, align 1, !tbaa !17
  br label %38

33:                                               ; preds = %27
  %34 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 2
  %35 = load i32, i32* %34, align 8, !tbaa !154
  switch i32 %35, label %38 [
    i32 43, label %36
    i32 32, label %36
  ]

36:                                               ; preds = %33, %33
  %37 = trunc i32 %35 to i8
  store i8 %37, i8* %30, align 1, !tbaa !17
  br label %38

38:                                               ; preds = %33, %36, %32
  %39 = phi i32 [ 1, %32 ], [ 1, %36 ], [ 0, %33 ]
  %40 = load i8, i8* %3, align 1, !tbaa !17
  %41 = icmp eq i8 %40, 0
  br i1 %41, label %46, label %42

42:                                               ; preds = %38
  %43 = zext i32 %39 to i64
  br label %154

44:                                               ; preds = %154
  %45 = trunc i64 %158 to i32
  br label %46

46:                                               ; preds = %44, %38
  %47 = phi i32 [ %39, %38 ], [ %45, %44 ]
  %48 = icmp sgt i64 %7, 0
  br i1 %48, label %49, label %139

49:                                               ; preds = %46
  %50 = icmp ult i64 %7, 4
  br i1 %50, label %125, label %51

51:                                               ; preds = %49
  %52 = and i64 %7, -4
  %53 = add i64 %52, -4
  %54 = lshr exact i64 %53, 2
  %55 = add nuw nsw i64 %54, 1
  %56 = and i64 %55, 1
  %57 = icmp eq i64 %53, 0
  br i1 %57, label %97, label %58

58:                                               ; preds = %51
  %59 = and i64 %55, 9223372036854775806
  br label %60

60:                                               ; preds = %60, %58
  %61 = phi i64 [ 0, %58 ], [ %94, %60 ]
  %62 = phi <2 x i64> [ zeroinitializer, %58 ], [ %92, %60 ]
  %63 = phi <2 x i64> [ zeroinitializer, %58 ], [ %93, %60 ]
  %64 = phi i64 [ 0, %58 ], [ %95, %60 ]
  %65 = getelementptr inbounds i8, i8* %6, i64 %61
  %66 = bitcast i8* %65 to <2 x i8>*
  %67 = load <2 x i8>, <2 x i8>* %66, align 1, !tbaa !17
  %68 = getelementptr inbounds i8, i8* %65, i64 2
  %69 = bitcast i8* %68 to <2 x i8>*
  %70 = load <2 x i8>, <2 x i8>* %69, align 1, !tbaa !17
  %71 = and <2 x i8> %67, <i8 -64, i8 -64>
  %72 = and <2 x i8> %70, <i8 -64, i8 -64>
  %73 = icmp ne <2 x i8> %71, <i8 -128, i8 -128>
  %74 = icmp ne <2 x i8> %72, <i8 -128, i8 -128>
  %75 = zext <2 x i1> %73 to <2 x i64>
  %76 = zext <2 x i1> %74 to <2 x i64>
  %77 = add <2 x i64> %62, %75
  %78 = add <2 x i64> %63, %76
  %79 = or i64 %61, 4
  %80 = getelementptr inbounds i8, i8* %6, i64 %79
  %81 = bitcast i8* %80 to <2 x i8>*
  %82 = load <2 x i8>, <2 x i8>* %81, align 1, !tbaa !17
  %83 = getelementptr inbounds i8, i8* %80, i64 2
  %84 = bitcast i8* %83 to <2 x i8>*
  %85 = load <2 x i8>, <2 x i8>* %84, align 1, !tbaa !17
  %86 = and <2 x i8> %82, <i8 -64, i8 -64>
  %87 = and <2 x i8> %85, <i8 -64, i8 -64>
  %88 = icmp ne <2 x i8> %86, <i8 -128, i8 -128>
  %89 = icmp ne <2 x i8> %87, <i8 -128, i8 -128>
  %90 = zext <2 x i1> %88 to <2 x i64>
  %91 = zext <2 x i1> %89 to <2 x i64>
  %92 = add <2 x i64> %77, %90
  %93 = add <2 x i64> %78, %91
  %94 = add nuw i64 %61, 8
  %95 = add i64 %64, 2
  %96 = icmp eq i64 %95, %59
  br i1 %96, label %97, label %60, !llvm.loop !177

97:                                               ; preds = %60, %51
  %98 = phi <2 x i64> [ undef, %51 ], [ %92, %60 ]
  %99 = phi <2 x i64> [ undef, %51 ], [ %93, %60 ]
  %100 = phi i64 [ 0, %51 ], [ %94, %60 ]
  %101 = phi <2 x i64> [ zeroinitializer, %51 ], [ %92, %60 ]
  %102 = phi <2 x i64> [ zeroinitializer, %51 ], [ %93, %60 ]
  %103 = icmp eq i64 %56, 0
  br i1 %103, label %119, label %104

104:                                              ; preds = %97
  %105 = getelementptr inbounds i8, i8* %6, i64 %100
  %106 = bitcast i8* %105 to <2 x i8>*
  %107 = load <2 x i8>, <2 x i8>* %106, align 1, !tbaa !17
  %108 = getelementptr inbounds i8, i8* %105, i64 2
  %109 = bitcast i8* %108 to <2 x i8>*
  %110 = load <2 x i8>, <2 x i8>* %109, align 1, !tbaa !17
  %111 = and <2 x i8> %107, <i8 -64, i8 -64>
  %112 = and <2 x i8> %110, <i8 -64, i8 -64>
  %113 = icmp ne <2 x i8> %111, <i8 -128, i8 -128>
  %114 = icmp ne <2 x i8> %112, <i8 -128, i8 -128>
  %115 = zext <2 x i1> %113 to <2 x i64>
  %116 = zext <2 x i1> %114 to <2 x i64>
  %117 = add <2 x i64> %101, %115
  %118 = add <2 x i64> %102, %116
  br label %119

119:                                              ; preds = %97, %104
  %120 = phi <2 x i64> [ %98, %97 ], [ %117, %104 ]
  %121 = phi <2 x i64> [ %99, %97 ], [ %118, %104 ]
  %122 = add <2 x i64> %121, %120
  %123 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %122)
  %124 = icmp eq i64 %52, %7
  br i1 %124, label %139, label %125

125:                                              ; preds = %49, %119
  %126 = phi i64 [ 0, %49 ], [ %52, %119 ]
  %127 = phi i64 [ 0, %49 ], [ %123, %119 ]
  br label %128

128:                                              ; preds = %125, %128
  %129 = phi i64 [ %137, %128 ], [ %126, %125 ]
  %130 = phi i64 [ %136, %128 ], [ %127, %125 ]
  %131 = getelementptr inbounds i8, i8* %6, i64 %129
  %132 = load i8, i8* %131, align 1, !tbaa !17
  %133 = and i8 %132, -64
  %134 = icmp ne i8 %133, -128
  %135 = zext i1 %134 to i64
  %136 = add nuw nsw i64 %130, %135
  %137 = add nuw nsw i64 %129, 1
  %138 = icmp eq i64 %137, %7
  br i1 %138, label %139, label %128, !llvm.loop !178

139:                                              ; preds = %128, %119, %46
  %140 = phi i64 [ 0, %46 ], [ %123, %119 ], [ %136, %128 ]
  %141 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %142 = icmp eq i8* %141, null
  br i1 %142, label %143, label %144

143:                                              ; preds = %139
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

144:                                              ; preds = %139
  %145 = getelementptr inbounds i8, i8* %141, i64 8
  %146 = bitcast i8* %145 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %146, align 8, !tbaa !11
  %147 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %148 = icmp eq i8* %147, null
  br i1 %148, label %149, label %150

149:                                              ; preds = %144
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

150:                                              ; preds = %144
  %151 = bitcast i8* %141 to %struct.EmBuf*
  %152 = bitcast i8* %141 to i8**
  store i8* %147, i8** %152, align 8, !tbaa !43
  %153 = icmp eq i64 %5, 0
  br i1 %153, label %414, label %163

154:                                              ; preds = %42, %154
  %155 = phi i64 [ %43, %42 ], [ %158, %154 ]
  %156 = phi i8 [ %40, %42 ], [ %161, %154 ]
  %157 = phi i8* [ %3, %42 ], [ %160, %154 ]
  %158 = add nuw i64 %155, 1
  %159 = getelementptr inbounds [8 x i8], [8 x i8]* %11, i64 0, i64 %155
  store i8 %156, i8* %159, align 1, !tbaa !17
  %160 = getelementptr inbounds i8, i8* %157, i64 1
  %161 = load i8, i8* %160, align 1, !tbaa !17
  %162 = icmp eq i8 %161, 0
  br i1 %162, label %44, label %154, !llvm.loop !179

163:                                              ; preds = %150
  %164 = icmp eq i32 %28, 48
  %165 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 1
  %166 = load i32, i32* %165, align 4
  %167 = icmp eq i32 %166, 61
  %168 = select i1 %164, i1 %167, i1 false
  %169 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 5
  %170 = load i64, i64* %169, align 8
  %171 = zext i32 %47 to i64
  %172 = add i64 %140, %171
  %173 = sub i64 %170, %172
  %174 = select i1 %168, i64 %173, i64 0
  %175 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 6
  %176 = load i32, i32* %175, align 8, !tbaa !158
  %177 = icmp sgt i64 %174, 0
  %178 = select i1 %177, i64 %174, i64 0
  %179 = add nsw i64 %178, %5
  %180 = shl nsw i64 %179, 1
  %181 = add nsw i64 %180, 8
  %182 = icmp sgt i64 %179, -5
  br i1 %182, label %183, label %188

183:                                              ; preds = %163
  %184 = icmp eq i64 %181, 0
  %185 = select i1 %184, i64 1, i64 %181
  %186 = tail call noalias i8* @malloc(i64 noundef %185) #37
  %187 = icmp eq i8* %186, null
  br i1 %187, label %188, label %189

188:                                              ; preds = %183, %163
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

189:                                              ; preds = %183
  %190 = icmp ugt i64 %181, 4095
  br i1 %190, label %191, label %192

191:                                              ; preds = %189
  tail call fastcc void @advise_big(i8* noundef nonnull %186, i64 noundef %181) #37
  br label %192

192:                                              ; preds = %191, %189
  %193 = getelementptr inbounds i8, i8* %186, i64 %181
  %194 = getelementptr inbounds i8, i8* %4, i64 %5
  %195 = icmp eq i32 %176, 0
  %196 = zext i32 %8 to i64
  %197 = trunc i32 %176 to i8
  br label %198

198:                                              ; preds = %373, %192
  %199 = phi i8* [ %194, %192 ], [ %334, %373 ]
  %200 = phi i1 [ true, %192 ], [ false, %373 ]
  %201 = phi i64 [ %5, %192 ], [ %371, %373 ]
  %202 = phi i8* [ %193, %192 ], [ %370, %373 ]
  %203 = phi i64 [ %174, %192 ], [ %377, %373 ]
  %204 = icmp sgt i64 %201, %203
  %205 = select i1 %204, i64 %201, i64 %203
  %206 = icmp sgt i64 %205, 1
  %207 = select i1 %206, i64 %205, i64 1
  %208 = icmp ugt i64 %207, %196
  %209 = select i1 %208, i64 %196, i64 %207
  %210 = select i1 %195, i64 %207, i64 %209
  %211 = sub nsw i64 %210, %201
  %212 = icmp sgt i64 %211, 0
  %213 = select i1 %212, i64 %211, i64 0
  %214 = icmp sgt i64 %210, %201
  %215 = select i1 %214, i64 %201, i64 %210
  %216 = icmp sgt i64 %215, 0
  %217 = select i1 %216, i64 %215, i64 0
  br i1 %200, label %220, label %218

218:                                              ; preds = %198
  %219 = getelementptr inbounds i8, i8* %202, i64 -1
  store i8 %197, i8* %219, align 1, !tbaa !17
  br label %220

220:                                              ; preds = %218, %198
  %221 = phi i8* [ %219, %218 ], [ %202, %198 ]
  br i1 %216, label %222, label %333

222:                                              ; preds = %220
  %223 = icmp ult i64 %217, 16
  br i1 %223, label %307, label %224

224:                                              ; preds = %222
  %225 = sub nsw i64 0, %217
  %226 = getelementptr i8, i8* %221, i64 %225
  %227 = getelementptr i8, i8* %199, i64 %225
  %228 = icmp ult i8* %226, %199
  %229 = icmp ult i8* %227, %221
  %230 = and i1 %228, %229
  br i1 %230, label %307, label %231

231:                                              ; preds = %224
  %232 = and i64 %217, 9223372036854775792
  %233 = sub nsw i64 0, %232
  %234 = getelementptr i8, i8* %221, i64 %233
  %235 = sub nsw i64 0, %232
  %236 = getelementptr i8, i8* %199, i64 %235
  %237 = add nsw i64 %232, -16
  %238 = lshr exact i64 %237, 4
  %239 = add nuw nsw i64 %238, 1
  %240 = and i64 %239, 3
  %241 = icmp ult i64 %237, 48
  br i1 %241, label %286, label %242

242:                                              ; preds = %231
  %243 = and i64 %239, 2305843009213693948
  %244 = getelementptr i8, i8* %199, i64 -16
  %245 = getelementptr i8, i8* %221, i64 -16
  %246 = getelementptr i8, i8* %199, i64 -16
  %247 = getelementptr i8, i8* %221, i64 -16
  %248 = getelementptr i8, i8* %199, i64 -16
  %249 = getelementptr i8, i8* %221, i64 -16
  %250 = getelementptr i8, i8* %199, i64 -16
  %251 = getelementptr i8, i8* %221, i64 -16
  br label %252

252:                                              ; preds = %252, %242
  %253 = phi i64 [ 0, %242 ], [ %283, %252 ]
  %254 = phi i64 [ 0, %242 ], [ %284, %252 ]
  %255 = sub i64 0, %253
  %256 = sub i64 0, %253
  %257 = getelementptr inbounds i8, i8* %244, i64 %256
  %258 = bitcast i8* %257 to <16 x i8>*
  %259 = load <16 x i8>, <16 x i8>* %258, align 1, !tbaa !17, !alias.scope !180
  %260 = getelementptr inbounds i8, i8* %245, i64 %255
  %261 = bitcast i8* %260 to <16 x i8>*
  store <16 x i8> %259, <16 x i8>* %261, align 1, !tbaa !17, !alias.scope !183, !noalias !180
  %262 = sub nuw nsw i64 -16, %253
  %263 = sub nuw nsw i64 -16, %253
  %264 = getelementptr inbounds i8, i8* %246, i64 %263
  %265 = bitcast i8* %264 to <16 x i8>*
  %266 = load <16 x i8>, <16 x i8>* %265, align 1, !tbaa !17, !alias.scope !180
  %267 = getelementptr inbounds i8, i8* %247, i64 %262
  %268 = bitcast i8* %267 to <16 x i8>*
  store <16 x i8> %266, <16 x i8>* %268, align 1, !tbaa !17, !alias.scope !183, !noalias !180
  %269 = sub nuw nsw i64 -32, %253
  %270 = sub nuw nsw i64 -32, %253
  %271 = getelementptr inbounds i8, i8* %248, i64 %270
  %272 = bitcast i8* %271 to <16 x i8>*
  %273 = load <16 x i8>, <16 x i8>* %272, align 1, !tbaa !17, !alias.scope !180
  %274 = getelementptr inbounds i8, i8* %249, i64 %269
  %275 = bitcast i8* %274 to <16 x i8>*
  store <16 x i8> %273, <16 x i8>* %275, align 1, !tbaa !17, !alias.scope !183, !noalias !180
  %276 = sub nuw nsw i64 -48, %253
  %277 = sub nuw nsw i64 -48, %253
  %278 = getelementptr inbounds i8, i8* %250, i64 %277
  %279 = bitcast i8* %278 to <16 x i8>*
  %280 = load <16 x i8>, <16 x i8>* %279, align 1, !tbaa !17, !alias.scope !180
  %281 = getelementptr inbounds i8, i8* %251, i64 %276
  %282 = bitcast i8* %281 to <16 x i8>*
  store <16 x i8> %280, <16 x i8>* %282, align 1, !tbaa !17, !alias.scope !183, !noalias !180
  %283 = add nuw i64 %253, 64
  %284 = add i64 %254, 4
  %285 = icmp eq i64 %284, %243
  br i1 %285, label %286, label %252, !llvm.loop !185

286:                                              ; preds = %252, %231
  %287 = phi i64 [ 0, %231 ], [ %283, %252 ]
  %288 = icmp eq i64 %240, 0
  br i1 %288, label %305, label %289

289:                                              ; preds = %286
  %290 = getelementptr i8, i8* %199, i64 -16
  %291 = getelementptr i8, i8* %221, i64 -16
  br label %292

292:                                              ; preds = %292, %289
  %293 = phi i64 [ %287, %289 ], [ %302, %292 ]
  %294 = phi i64 [ 0, %289 ], [ %303, %292 ]
  %295 = sub i64 0, %293
  %296 = sub i64 0, %293
  %297 = getelementptr inbounds i8, i8* %290, i64 %296
  %298 = bitcast i8* %297 to <16 x i8>*
  %299 = load <16 x i8>, <16 x i8>* %298, align 1, !tbaa !17, !alias.scope !180
  %300 = getelementptr inbounds i8, i8* %291, i64 %295
  %301 = bitcast i8* %300 to <16 x i8>*
  store <16 x i8> %299, <16 x i8>* %301, align 1, !tbaa !17, !alias.scope !183, !noalias !180
  %302 = add nuw i64 %293, 16
  %303 = add i64 %294, 1
  %304 = icmp eq i64 %303, %240
  br i1 %304, label %305, label %292, !llvm.loop !186

305:                                              ; preds = %292, %286
  %306 = icmp eq i64 %217, %232
  br i1 %306, label %333, label %307

307:                                              ; preds = %224, %222, %305
  %308 = phi i64 [ 0, %224 ], [ 0, %222 ], [ %232, %305 ]
  %309 = phi i8* [ %221, %224 ], [ %221, %222 ], [ %234, %305 ]
  %310 = phi i8* [ %199, %224 ], [ %199, %222 ], [ %236, %305 ]
  %311 = xor i64 %308, -1
  %312 = add nsw i64 %217, %311
  %313 = and i64 %217, 7
  %314 = icmp eq i64 %313, 0
  br i1 %314, label %326, label %315

315:                                              ; preds = %307, %315
  %316 = phi i64 [ %323, %315 ], [ %308, %307 ]
  %317 = phi i8* [ %322, %315 ], [ %309, %307 ]
  %318 = phi i8* [ %320, %315 ], [ %310, %307 ]
  %319 = phi i64 [ %324, %315 ], [ 0, %307 ]
  %320 = getelementptr inbounds i8, i8* %318, i64 -1
  %321 = load i8, i8* %320, align 1, !tbaa !17
  %322 = getelementptr inbounds i8, i8* %317, i64 -1
  store i8 %321, i8* %322, align 1, !tbaa !17
  %323 = add nuw nsw i64 %316, 1
  %324 = add i64 %319, 1
  %325 = icmp eq i64 %324, %313
  br i1 %325, label %326, label %315, !llvm.loop !187

326:                                              ; preds = %315, %307
  %327 = phi i8* [ undef, %307 ], [ %320, %315 ]
  %328 = phi i8* [ undef, %307 ], [ %322, %315 ]
  %329 = phi i64 [ %308, %307 ], [ %323, %315 ]
  %330 = phi i8* [ %309, %307 ], [ %322, %315 ]
  %331 = phi i8* [ %310, %307 ], [ %320, %315 ]
  %332 = icmp ult i64 %312, 7
  br i1 %332, label %333, label %339

333:                                              ; preds = %326, %339, %305, %220
  %334 = phi i8* [ %199, %220 ], [ %236, %305 ], [ %327, %326 ], [ %364, %339 ]
  %335 = phi i8* [ %221, %220 ], [ %234, %305 ], [ %328, %326 ], [ %366, %339 ]
  br i1 %212, label %336, label %369

336:                                              ; preds = %333
  %337 = sub nsw i64 0, %213
  %338 = getelementptr i8, i8* %335, i64 %337
  tail call void @llvm.memset.p0i8.i64(i8* align 1 %338, i8 48, i64 %213, i1 false) #37, !tbaa !17
  br label %369

339:                                              ; preds = %326, %339
  %340 = phi i64 [ %367, %339 ], [ %329, %326 ]
  %341 = phi i8* [ %366, %339 ], [ %330, %326 ]
  %342 = phi i8* [ %364, %339 ], [ %331, %326 ]
  %343 = getelementptr inbounds i8, i8* %342, i64 -1
  %344 = load i8, i8* %343, align 1, !tbaa !17
  %345 = getelementptr inbounds i8, i8* %341, i64 -1
  store i8 %344, i8* %345, align 1, !tbaa !17
  %346 = getelementptr inbounds i8, i8* %342, i64 -2
  %347 = load i8, i8* %346, align 1, !tbaa !17
  %348 = getelementptr inbounds i8, i8* %341, i64 -2
  store i8 %347, i8* %348, align 1, !tbaa !17
  %349 = getelementptr inbounds i8, i8* %342, i64 -3
  %350 = load i8, i8* %349, align 1, !tbaa !17
  %351 = getelementptr inbounds i8, i8* %341, i64 -3
  store i8 %350, i8* %351, align 1, !tbaa !17
  %352 = getelementptr inbounds i8, i8* %342, i64 -4
  %353 = load i8, i8* %352, align 1, !tbaa !17
  %354 = getelementptr inbounds i8, i8* %341, i64 -4
  store i8 %353, i8* %354, align 1, !tbaa !17
  %355 = getelementptr inbounds i8, i8* %342, i64 -5
  %356 = load i8, i8* %355, align 1, !tbaa !17
  %357 = getelementptr inbounds i8, i8* %341, i64 -5
  store i8 %356, i8* %357, align 1, !tbaa !17
  %358 = getelementptr inbounds i8, i8* %342, i64 -6
  %359 = load i8, i8* %358, align 1, !tbaa !17
  %360 = getelementptr inbounds i8, i8* %341, i64 -6
  store i8 %359, i8* %360, align 1, !tbaa !17
  %361 = getelementptr inbounds i8, i8* %342, i64 -7
  %362 = load i8, i8* %361, align 1, !tbaa !17
  %363 = getelementptr inbounds i8, i8* %341, i64 -7
  store i8 %362, i8* %363, align 1, !tbaa !17
  %364 = getelementptr inbounds i8, i8* %342, i64 -8
  %365 = load i8, i8* %364, align 1, !tbaa !17
  %366 = getelementptr inbounds i8, i8* %341, i64 -8
  store i8 %365, i8* %366, align 1, !tbaa !17
  %367 = add nuw nsw i64 %340, 8
  %368 = icmp eq i64 %367, %217
  br i1 %368, label %333, label %339, !llvm.loop !188

369:                                              ; preds = %336, %333
  %370 = phi i8* [ %335, %333 ], [ %338, %336 ]
  %371 = sub nsw i64 %201, %217
  %372 = sub nsw i64 %203, %210
  br i1 %195, label %378, label %373

373:                                              ; preds = %369
  %374 = icmp slt i64 %371, 1
  %375 = icmp slt i64 %372, 1
  %376 = select i1 %374, i1 %375, i1 false
  %377 = add nsw i64 %372, -1
  br i1 %376, label %378, label %198

378:                                              ; preds = %373, %369
  %379 = ptrtoint i8* %193 to i64
  %380 = ptrtoint i8* %370 to i64
  %381 = sub i64 %379, %380
  %382 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 1
  %383 = load i64, i64* %382, align 8, !tbaa !45
  %384 = add nsw i64 %383, %381
  %385 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 2
  %386 = load i64, i64* %385, align 8, !tbaa !67
  %387 = icmp sgt i64 %384, %386
  br i1 %387, label %391, label %388

388:                                              ; preds = %378
  %389 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %390 = load i8*, i8** %389, align 8, !tbaa !43
  br label %409

391:                                              ; preds = %378
  %392 = shl nsw i64 %386, 1
  %393 = icmp sgt i64 %392, %384
  %394 = select i1 %393, i64 %392, i64 %384
  %395 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %396 = add nsw i64 %394, 17
  %397 = icmp sgt i64 %394, -18
  br i1 %397, label %398, label %404

398:                                              ; preds = %391
  %399 = load i8*, i8** %395, align 8, !tbaa !43
  %400 = icmp eq i64 %396, 0
  %401 = select i1 %400, i64 1, i64 %396
  %402 = tail call i8* @realloc(i8* noundef %399, i64 noundef %401) #37
  %403 = icmp eq i8* %402, null
  br i1 %403, label %404, label %405

404:                                              ; preds = %398, %391
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

405:                                              ; preds = %398
  %406 = icmp ugt i64 %396, 4095
  br i1 %406, label %407, label %408

407:                                              ; preds = %405
  tail call fastcc void @advise_big(i8* noundef nonnull %402, i64 noundef %396) #37
  br label %408

408:                                              ; preds = %407, %405
  store i8* %402, i8** %395, align 8, !tbaa !43
  store i64 %394, i64* %385, align 8, !tbaa !67
  br label %409

409:                                              ; preds = %388, %408
  %410 = phi i64 [ %386, %388 ], [ %394, %408 ]
  %411 = phi i8* [ %390, %388 ], [ %402, %408 ]
  %412 = getelementptr inbounds i8, i8* %411, i64 16
  %413 = getelementptr inbounds i8, i8* %412, i64 %383
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %413, i8* align 1 %370, i64 %381, i1 false) #37
  store i64 %384, i64* %382, align 8, !tbaa !45
  tail call void @free(i8* noundef %186) #37
  br label %414

414:                                              ; preds = %409, %150
  %415 = phi i8* [ %411, %409 ], [ %147, %150 ]
  %416 = phi i64 [ %410, %409 ], [ 48, %150 ]
  %417 = phi i64 [ %384, %409 ], [ 0, %150 ]
  %418 = add nsw i64 %417, %7
  %419 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 2
  %420 = icmp sgt i64 %418, %416
  br i1 %420, label %421, label %438

421:                                              ; preds = %414
  %422 = shl nsw i64 %416, 1
  %423 = icmp sgt i64 %422, %418
  %424 = select i1 %423, i64 %422, i64 %418
  %425 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %426 = add nsw i64 %424, 17
  %427 = icmp sgt i64 %424, -18
  br i1 %427, label %428, label %433

428:                                              ; preds = %421
  %429 = icmp eq i64 %426, 0
  %430 = select i1 %429, i64 1, i64 %426
  %431 = tail call i8* @realloc(i8* noundef %415, i64 noundef %430) #37
  %432 = icmp eq i8* %431, null
  br i1 %432, label %433, label %434

433:                                              ; preds = %428, %421
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

434:                                              ; preds = %428
  %435 = icmp ugt i64 %426, 4095
  br i1 %435, label %436, label %437

436:                                              ; preds = %434
  tail call fastcc void @advise_big(i8* noundef nonnull %431, i64 noundef %426) #37
  br label %437

437:                                              ; preds = %436, %434
  store i8* %431, i8** %425, align 8, !tbaa !43
  store i64 %424, i64* %419, align 8, !tbaa !67
  br label %438

438:                                              ; preds = %414, %437
  %439 = phi i8* [ %431, %437 ], [ %415, %414 ]
  %440 = getelementptr inbounds i8, i8* %439, i64 16
  %441 = getelementptr inbounds i8, i8* %440, i64 %417
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %441, i8* align 1 %6, i64 %7, i1 false) #37
  %442 = zext i32 %47 to i64
  %443 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %444 = load i8*, i8** %443, align 8, !tbaa !43
  %445 = getelementptr inbounds i8, i8* %444, i64 16
  %446 = add i64 %140, %442
  %447 = add i64 %446, %417
  call fastcc void @pad_out(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %10, i32 noundef 62, i8* noundef nonnull %30, i64 noundef %442, i8* noundef nonnull %445, i64 noundef %418, i64 noundef %447)
  tail call void @free(i8* noundef %444) #37
  tail call void @free(i8* noundef nonnull %141) #37
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %30) #37
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %12) #37
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_fmt_i64(%struct.EmBuf* nocapture noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i64 noundef %7, i32 noundef %8, i64 noundef %9, i32 noundef %10) local_unnamed_addr #0 {
  %12 = alloca %struct.Spec, align 8
  %13 = alloca [4 x i8], align 1
  %14 = alloca [64 x i8], align 16
  %15 = bitcast %struct.Spec* %12 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %15) #37
  %16 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 0
  store i32 %2, i32* %16, align 8, !tbaa !151
  %17 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 1
  store i32 %3, i32* %17, align 4, !tbaa !153
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 2
  store i32 %4, i32* %18, align 8, !tbaa !154
  %19 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 3
  store i32 %5, i32* %19, align 4, !tbaa !155
  %20 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 4
  store i32 %6, i32* %20, align 8, !tbaa !156
  %21 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 5
  store i64 %7, i64* %21, align 8, !tbaa !157
  %22 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 6
  store i32 %8, i32* %22, align 8, !tbaa !158
  %23 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 7
  store i64 %9, i64* %23, align 8, !tbaa !159
  %24 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 8
  store i32 %10, i32* %24, align 8, !tbaa !160
  switch i32 %10, label %81 [
    i32 101, label %25
    i32 69, label %25
    i32 102, label %25
    i32 70, label %25
    i32 103, label %25
    i32 71, label %25
    i32 37, label %25
    i32 99, label %27
  ]

25:                                               ; preds = %11, %11, %11, %11, %11, %11, %11
  %26 = sitofp i64 %1 to double
  tail call void @ember_buf_fmt_f64(%struct.EmBuf* noundef %0, double noundef %26, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i64 noundef %7, i32 noundef %8, i64 noundef %9, i32 noundef %10)
  br label %126

27:                                               ; preds = %11
  %28 = icmp ugt i64 %1, 1114111
  br i1 %28, label %29, label %30

29:                                               ; preds = %27
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.26, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable

30:                                               ; preds = %27
  %31 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %31) #37
  %32 = trunc i64 %1 to i32
  %33 = icmp ult i32 %32, 128
  br i1 %33, label %34, label %36

34:                                               ; preds = %30
  %35 = trunc i64 %1 to i8
  store i8 %35, i8* %31, align 1, !tbaa !17
  br label %79

36:                                               ; preds = %30
  %37 = icmp ult i32 %32, 2048
  br i1 %37, label %38, label %46

38:                                               ; preds = %36
  %39 = lshr i64 %1, 6
  %40 = trunc i64 %39 to i8
  %41 = or i8 %40, -64
  store i8 %41, i8* %31, align 1, !tbaa !17
  %42 = trunc i64 %1 to i8
  %43 = and i8 %42, 63
  %44 = or i8 %43, -128
  %45 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 1
  store i8 %44, i8* %45, align 1, !tbaa !17
  br label %79

46:                                               ; preds = %36
  %47 = icmp ult i32 %32, 65536
  br i1 %47, label %48, label %61

48:                                               ; preds = %46
  %49 = lshr i64 %1, 12
  %50 = trunc i64 %49 to i8
  %51 = or i8 %50, -32
  store i8 %51, i8* %31, align 1, !tbaa !17
  %52 = lshr i64 %1, 6
  %53 = trunc i64 %52 to i8
  %54 = and i8 %53, 63
  %55 = or i8 %54, -128
  %56 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 1
  store i8 %55, i8* %56, align 1, !tbaa !17
  %57 = trunc i64 %1 to i8
  %58 = and i8 %57, 63
  %59 = or i8 %58, -128
  %60 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 2
  store i8 %59, i8* %60, align 1, !tbaa !17
  br label %79

61:                                               ; preds = %46
  %62 = lshr i64 %1, 18
  %63 = trunc i64 %62 to i8
  %64 = or i8 %63, -16
  store i8 %64, i8* %31, align 1, !tbaa !17
  %65 = lshr i64 %1, 12
  %66 = trunc i64 %65 to i8
  %67 = and i8 %66, 63
  %68 = or i8 %67, -128
  %69 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 1
  store i8 %68, i8* %69, align 1, !tbaa !17
  %70 = lshr i64 %1, 6
  %71 = trunc i64 %70 to i8
  %72 = and i8 %71, 63
  %73 = or i8 %72, -128
  %74 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 2
  store i8 %73, i8* %74, align 1, !tbaa !17
  %75 = trunc i64 %1 to i8
  %76 = and i8 %75, 63
  %77 = or i8 %76, -128
  %78 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 3
  store i8 %77, i8* %78, align 1, !tbaa !17
  br label %79

79:                                               ; preds = %34, %38, %48, %61
  %80 = phi i64 [ 1, %34 ], [ 2, %38 ], [ 3, %48 ], [ 4, %61 ]
  call fastcc void @put_number(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef 0, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i64 noundef 0, i8* noundef nonnull %31, i64 noundef %80, i32 noundef 3)
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %31) #37
  br label %126

81:                                               ; preds = %11
  %82 = icmp eq i32 %10, 98
  br i1 %82, label %89, label %83

83:                                               ; preds = %81
  %84 = icmp eq i32 %10, 111
  br i1 %84, label %89, label %85

85:                                               ; preds = %83
  %86 = and i32 %10, -33
  %87 = icmp eq i32 %86, 88
  %88 = select i1 %87, i32 16, i32 10
  br label %89

89:                                               ; preds = %85, %83, %81
  %90 = phi i32 [ 2, %81 ], [ %88, %85 ], [ 8, %83 ]
  %91 = icmp eq i32 %10, 88
  %92 = select i1 %91, i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.27, i64 0, i64 0), i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.28, i64 0, i64 0)
  %93 = tail call i64 @llvm.abs.i64(i64 %1, i1 false)
  %94 = getelementptr inbounds [64 x i8], [64 x i8]* %14, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %94) #37
  %95 = zext i32 %90 to i64
  br label %96

96:                                               ; preds = %96, %89
  %97 = phi i64 [ %102, %96 ], [ 64, %89 ]
  %98 = phi i64 [ %104, %96 ], [ %93, %89 ]
  %99 = urem i64 %98, %95
  %100 = getelementptr inbounds i8, i8* %92, i64 %99
  %101 = load i8, i8* %100, align 1, !tbaa !17
  %102 = add nsw i64 %97, -1
  %103 = getelementptr inbounds [64 x i8], [64 x i8]* %14, i64 0, i64 %102
  store i8 %101, i8* %103, align 1, !tbaa !17
  %104 = udiv i64 %98, %95
  %105 = icmp ult i64 %98, %95
  br i1 %105, label %106, label %96, !llvm.loop !189

106:                                              ; preds = %96
  %107 = getelementptr inbounds [64 x i8], [64 x i8]* %14, i64 0, i64 %102
  %108 = icmp eq i32 %5, 0
  %109 = icmp eq i32 %90, 10
  %110 = or i1 %108, %109
  %111 = or i1 %82, %110
  %112 = select i1 %110, i8* getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.29, i64 0, i64 0)
  br i1 %111, label %118, label %113

113:                                              ; preds = %106
  %114 = icmp eq i32 %10, 111
  br i1 %114, label %118, label %115

115:                                              ; preds = %113
  %116 = icmp eq i32 %10, 120
  %117 = select i1 %116, i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.31, i64 0, i64 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.32, i64 0, i64 0)
  br label %118

118:                                              ; preds = %106, %113, %115
  %119 = phi i8* [ %112, %106 ], [ %117, %115 ], [ getelementptr inbounds ([3 x i8], [3 x i8]* @.str.30, i64 0, i64 0), %113 ]
  %120 = lshr i64 %1, 63
  %121 = trunc i64 %120 to i32
  %122 = mul i64 %97, -4294967296
  %123 = add i64 %122, 279172874240
  %124 = ashr exact i64 %123, 32
  %125 = select i1 %109, i32 3, i32 4
  call fastcc void @put_number(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef %121, i8* noundef %119, i8* noundef nonnull %107, i64 noundef %124, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i64 noundef 0, i32 noundef %125)
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %94) #37
  br label %126

126:                                              ; preds = %118, %79, %25
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %15) #37
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_fmt_str(%struct.EmBuf* nocapture noundef %0, %struct.EmStr* nocapture noundef readonly %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i64 noundef %7, i32 noundef %8, i64 noundef %9, i32 noundef %10) local_unnamed_addr #0 {
  %12 = alloca %struct.Spec, align 8
  %13 = bitcast %struct.Spec* %12 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %13) #37
  %14 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 0
  store i32 %2, i32* %14, align 8, !tbaa !151
  %15 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 1
  store i32 %3, i32* %15, align 4, !tbaa !153
  %16 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 2
  store i32 %4, i32* %16, align 8, !tbaa !154
  %17 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 3
  store i32 %5, i32* %17, align 4, !tbaa !155
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 4
  store i32 %6, i32* %18, align 8, !tbaa !156
  %19 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 5
  store i64 %7, i64* %19, align 8, !tbaa !157
  %20 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 6
  store i32 %8, i32* %20, align 8, !tbaa !158
  %21 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 7
  store i64 %9, i64* %21, align 8, !tbaa !159
  %22 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 8
  store i32 %10, i32* %22, align 8, !tbaa !160
  %23 = icmp eq i32 %6, 0
  br i1 %23, label %25, label %24

24:                                               ; preds = %11
  store i32 48, i32* %14, align 8, !tbaa !151
  br label %25

25:                                               ; preds = %24, %11
  %26 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %27 = load i64, i64* %26, align 8, !tbaa !11
  %28 = icmp sgt i64 %27, 0
  br i1 %28, label %29, label %119

29:                                               ; preds = %25
  %30 = icmp ult i64 %27, 4
  br i1 %30, label %105, label %31

31:                                               ; preds = %29
  %32 = and i64 %27, -4
  %33 = add i64 %32, -4
  %34 = lshr exact i64 %33, 2
  %35 = add nuw nsw i64 %34, 1
  %36 = and i64 %35, 1
  %37 = icmp eq i64 %33, 0
  br i1 %37, label %77, label %38

38:                                               ; preds = %31
  %39 = and i64 %35, 9223372036854775806
  br label %40

40:                                               ; preds = %40, %38
  %41 = phi i64 [ 0, %38 ], [ %74, %40 ]
  %42 = phi <2 x i64> [ zeroinitializer, %38 ], [ %72, %40 ]
  %43 = phi <2 x i64> [ zeroinitializer, %38 ], [ %73, %40 ]
  %44 = phi i64 [ 0, %38 ], [ %75, %40 ]
  %45 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %41
  %46 = bitcast i8* %45 to <2 x i8>*
  %47 = load <2 x i8>, <2 x i8>* %46, align 1, !tbaa !17
  %48 = getelementptr inbounds i8, i8* %45, i64 2
  %49 = bitcast i8* %48 to <2 x i8>*
  %50 = load <2 x i8>, <2 x i8>* %49, align 1, !tbaa !17
  %51 = and <2 x i8> %47, <i8 -64, i8 -64>
  %52 = and <2 x i8> %50, <i8 -64, i8 -64>
  %53 = icmp ne <2 x i8> %51, <i8 -128, i8 -128>
  %54 = icmp ne <2 x i8> %52, <i8 -128, i8 -128>
  %55 = zext <2 x i1> %53 to <2 x i64>
  %56 = zext <2 x i1> %54 to <2 x i64>
  %57 = add <2 x i64> %42, %55
  %58 = add <2 x i64> %43, %56
  %59 = or i64 %41, 4
  %60 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %59
  %61 = bitcast i8* %60 to <2 x i8>*
  %62 = load <2 x i8>, <2 x i8>* %61, align 1, !tbaa !17
  %63 = getelementptr inbounds i8, i8* %60, i64 2
  %64 = bitcast i8* %63 to <2 x i8>*
  %65 = load <2 x i8>, <2 x i8>* %64, align 1, !tbaa !17
  %66 = and <2 x i8> %62, <i8 -64, i8 -64>
  %67 = and <2 x i8> %65, <i8 -64, i8 -64>
  %68 = icmp ne <2 x i8> %66, <i8 -128, i8 -128>
  %69 = icmp ne <2 x i8> %67, <i8 -128, i8 -128>
  %70 = zext <2 x i1> %68 to <2 x i64>
  %71 = zext <2 x i1> %69 to <2 x i64>
  %72 = add <2 x i64> %57, %70
  %73 = add <2 x i64> %58, %71
  %74 = add nuw i64 %41, 8
  %75 = add i64 %44, 2
  %76 = icmp eq i64 %75, %39
  br i1 %76, label %77, label %40, !llvm.loop !190

77:                                               ; preds = %40, %31
  %78 = phi <2 x i64> [ undef, %31 ], [ %72, %40 ]
  %79 = phi <2 x i64> [ undef, %31 ], [ %73, %40 ]
  %80 = phi i64 [ 0, %31 ], [ %74, %40 ]
  %81 = phi <2 x i64> [ zeroinitializer, %31 ], [ %72, %40 ]
  %82 = phi <2 x i64> [ zeroinitializer, %31 ], [ %73, %40 ]
  %83 = icmp eq i64 %36, 0
  br i1 %83, label %99, label %84

84:                                               ; preds = %77
  %85 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %80
  %86 = bitcast i8* %85 to <2 x i8>*
  %87 = load <2 x i8>, <2 x i8>* %86, align 1, !tbaa !17
  %88 = getelementptr inbounds i8, i8* %85, i64 2
  %89 = bitcast i8* %88 to <2 x i8>*
  %90 = load <2 x i8>, <2 x i8>* %89, align 1, !tbaa !17
  %91 = and <2 x i8> %87, <i8 -64, i8 -64>
  %92 = and <2 x i8> %90, <i8 -64, i8 -64>
  %93 = icmp ne <2 x i8> %91, <i8 -128, i8 -128>
  %94 = icmp ne <2 x i8> %92, <i8 -128, i8 -128>
  %95 = zext <2 x i1> %93 to <2 x i64>
  %96 = zext <2 x i1> %94 to <2 x i64>
  %97 = add <2 x i64> %81, %95
  %98 = add <2 x i64> %82, %96
  br label %99

99:                                               ; preds = %77, %84
  %100 = phi <2 x i64> [ %78, %77 ], [ %97, %84 ]
  %101 = phi <2 x i64> [ %79, %77 ], [ %98, %84 ]
  %102 = add <2 x i64> %101, %100
  %103 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %102)
  %104 = icmp eq i64 %27, %32
  br i1 %104, label %119, label %105

105:                                              ; preds = %29, %99
  %106 = phi i64 [ 0, %29 ], [ %32, %99 ]
  %107 = phi i64 [ 0, %29 ], [ %103, %99 ]
  br label %108

108:                                              ; preds = %105, %108
  %109 = phi i64 [ %117, %108 ], [ %106, %105 ]
  %110 = phi i64 [ %116, %108 ], [ %107, %105 ]
  %111 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %109
  %112 = load i8, i8* %111, align 1, !tbaa !17
  %113 = and i8 %112, -64
  %114 = icmp ne i8 %113, -128
  %115 = zext i1 %114 to i64
  %116 = add nuw nsw i64 %110, %115
  %117 = add nuw nsw i64 %109, 1
  %118 = icmp eq i64 %117, %27
  br i1 %118, label %119, label %108, !llvm.loop !191

119:                                              ; preds = %108, %99, %25
  %120 = phi i64 [ 0, %25 ], [ %103, %99 ], [ %116, %108 ]
  %121 = icmp sgt i64 %9, -1
  %122 = icmp sgt i64 %120, %9
  %123 = select i1 %121, i1 %122, i1 false
  br i1 %123, label %124, label %227

124:                                              ; preds = %119
  %125 = icmp eq i64 %120, %27
  br i1 %125, label %227, label %126

126:                                              ; preds = %124
  %127 = icmp sgt i64 %120, -1
  %128 = sdiv i64 %120, 2
  %129 = icmp slt i64 %128, %9
  %130 = and i1 %127, %129
  br i1 %130, label %131, label %150

131:                                              ; preds = %126
  %132 = sub i64 %120, %9
  %133 = add i64 %9, 1
  %134 = and i64 %132, 1
  %135 = icmp eq i64 %134, 0
  br i1 %135, label %145, label %136

136:                                              ; preds = %131, %136
  %137 = phi i64 [ %138, %136 ], [ %27, %131 ]
  %138 = add nsw i64 %137, -1
  %139 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %138
  %140 = load i8, i8* %139, align 1, !tbaa !17
  %141 = and i8 %140, -64
  %142 = icmp eq i8 %141, -128
  br i1 %142, label %136, label %143, !llvm.loop !82

143:                                              ; preds = %136
  %144 = add nsw i64 %120, -1
  br label %145

145:                                              ; preds = %143, %131
  %146 = phi i64 [ %120, %131 ], [ %144, %143 ]
  %147 = phi i64 [ %27, %131 ], [ %138, %143 ]
  %148 = phi i64 [ undef, %131 ], [ %138, %143 ]
  %149 = icmp eq i64 %120, %133
  br i1 %149, label %227, label %157

150:                                              ; preds = %126
  %151 = icmp eq i64 %9, 0
  br i1 %151, label %227, label %152

152:                                              ; preds = %150
  %153 = and i64 %9, 1
  %154 = icmp eq i64 %9, 1
  br i1 %154, label %210, label %155

155:                                              ; preds = %152
  %156 = and i64 %9, -2
  br label %177

157:                                              ; preds = %145, %174
  %158 = phi i64 [ %175, %174 ], [ %146, %145 ]
  %159 = phi i64 [ %169, %174 ], [ %147, %145 ]
  br label %160

160:                                              ; preds = %160, %157
  %161 = phi i64 [ %162, %160 ], [ %159, %157 ]
  %162 = add nsw i64 %161, -1
  %163 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %162
  %164 = load i8, i8* %163, align 1, !tbaa !17
  %165 = and i8 %164, -64
  %166 = icmp eq i8 %165, -128
  br i1 %166, label %160, label %167, !llvm.loop !82

167:                                              ; preds = %160, %167
  %168 = phi i64 [ %169, %167 ], [ %162, %160 ]
  %169 = add nsw i64 %168, -1
  %170 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %169
  %171 = load i8, i8* %170, align 1, !tbaa !17
  %172 = and i8 %171, -64
  %173 = icmp eq i8 %172, -128
  br i1 %173, label %167, label %174, !llvm.loop !82

174:                                              ; preds = %167
  %175 = add nsw i64 %158, -2
  %176 = icmp sgt i64 %175, %9
  br i1 %176, label %157, label %227, !llvm.loop !83

177:                                              ; preds = %206, %155
  %178 = phi i64 [ 0, %155 ], [ %207, %206 ]
  %179 = phi i64 [ 0, %155 ], [ %208, %206 ]
  %180 = add i64 %178, 1
  %181 = tail call i64 @llvm.smax.i64(i64 %27, i64 %180) #37
  %182 = add i64 %181, -1
  br label %183

183:                                              ; preds = %187, %177
  %184 = phi i64 [ %185, %187 ], [ %178, %177 ]
  %185 = add i64 %184, 1
  %186 = icmp eq i64 %184, %182
  br i1 %186, label %192, label %187

187:                                              ; preds = %183
  %188 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %185
  %189 = load i8, i8* %188, align 1, !tbaa !17
  %190 = and i8 %189, -64
  %191 = icmp eq i8 %190, -128
  br i1 %191, label %183, label %192, !llvm.loop !84

192:                                              ; preds = %187, %183
  %193 = phi i64 [ %181, %183 ], [ %185, %187 ]
  %194 = add i64 %193, 1
  %195 = tail call i64 @llvm.smax.i64(i64 %27, i64 %194) #37
  %196 = add i64 %195, -1
  br label %197

197:                                              ; preds = %201, %192
  %198 = phi i64 [ %199, %201 ], [ %193, %192 ]
  %199 = add i64 %198, 1
  %200 = icmp eq i64 %198, %196
  br i1 %200, label %206, label %201

201:                                              ; preds = %197
  %202 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %199
  %203 = load i8, i8* %202, align 1, !tbaa !17
  %204 = and i8 %203, -64
  %205 = icmp eq i8 %204, -128
  br i1 %205, label %197, label %206, !llvm.loop !84

206:                                              ; preds = %201, %197
  %207 = phi i64 [ %195, %197 ], [ %199, %201 ]
  %208 = add i64 %179, 2
  %209 = icmp eq i64 %208, %156
  br i1 %209, label %210, label %177, !llvm.loop !85

210:                                              ; preds = %206, %152
  %211 = phi i64 [ undef, %152 ], [ %207, %206 ]
  %212 = phi i64 [ 0, %152 ], [ %207, %206 ]
  %213 = icmp eq i64 %153, 0
  br i1 %213, label %227, label %214

214:                                              ; preds = %210
  %215 = add i64 %212, 1
  %216 = tail call i64 @llvm.smax.i64(i64 %27, i64 %215) #37
  %217 = add i64 %216, -1
  br label %218

218:                                              ; preds = %222, %214
  %219 = phi i64 [ %220, %222 ], [ %212, %214 ]
  %220 = add i64 %219, 1
  %221 = icmp eq i64 %219, %217
  br i1 %221, label %227, label %222

222:                                              ; preds = %218
  %223 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %220
  %224 = load i8, i8* %223, align 1, !tbaa !17
  %225 = and i8 %224, -64
  %226 = icmp eq i8 %225, -128
  br i1 %226, label %218, label %227, !llvm.loop !84

227:                                              ; preds = %210, %222, %218, %145, %174, %150, %124, %119
  %228 = phi i64 [ %120, %119 ], [ %9, %124 ], [ 0, %150 ], [ %9, %174 ], [ %9, %145 ], [ %9, %218 ], [ %9, %222 ], [ %9, %210 ]
  %229 = phi i64 [ %27, %119 ], [ %9, %124 ], [ 0, %150 ], [ %148, %145 ], [ %169, %174 ], [ %211, %210 ], [ %216, %218 ], [ %220, %222 ]
  %230 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  call fastcc void @pad_out(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef 60, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.2, i64 0, i64 0), i64 noundef 0, i8* noundef nonnull %230, i64 noundef %229, i64 noundef %228)
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %13) #37
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @pad_out(%struct.EmBuf* nocapture noundef %0, %struct.Spec* nocapture noundef readonly %1, i32 noundef %2, i8* nocapture noundef readonly %3, i64 noundef %4, i8* nocapture noundef readonly %5, i64 noundef %6, i64 noundef %7) unnamed_addr #0 {
  %9 = alloca i32, align 4
  %10 = getelementptr inbounds %struct.Spec, %struct.Spec* %1, i64 0, i32 0
  %11 = load i32, i32* %10, align 8, !tbaa !151
  %12 = icmp eq i32 %11, 0
  %13 = select i1 %12, i32 32, i32 %11
  %14 = getelementptr inbounds %struct.Spec, %struct.Spec* %1, i64 0, i32 1
  %15 = load i32, i32* %14, align 4, !tbaa !153
  %16 = icmp eq i32 %15, 0
  %17 = select i1 %16, i32 %2, i32 %15
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %1, i64 0, i32 5
  %19 = load i64, i64* %18, align 8, !tbaa !157
  %20 = icmp sgt i64 %19, %7
  %21 = sub nsw i64 %19, %7
  %22 = select i1 %20, i64 %21, i64 0
  switch i32 %17, label %25 [
    i32 62, label %26
    i32 94, label %23
  ]

23:                                               ; preds = %8
  %24 = lshr i64 %22, 1
  br label %26

25:                                               ; preds = %8
  br label %26

26:                                               ; preds = %8, %25, %23
  %27 = phi i64 [ %24, %23 ], [ %22, %8 ], [ 0, %25 ]
  %28 = icmp eq i32 %17, 61
  %29 = select i1 %28, i64 %22, i64 0
  %30 = add nuw i64 %29, %27
  %31 = sub i64 %22, %30
  %32 = bitcast i32* %9 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %32)
  %33 = icmp slt i32 %13, 128
  br i1 %33, label %34, label %36

34:                                               ; preds = %26
  %35 = trunc i32 %13 to i8
  store i8 %35, i8* %32, align 4, !tbaa !17
  br label %79

36:                                               ; preds = %26
  %37 = icmp ult i32 %13, 2048
  br i1 %37, label %38, label %46

38:                                               ; preds = %36
  %39 = lshr i32 %13, 6
  %40 = trunc i32 %39 to i8
  %41 = or i8 %40, -64
  store i8 %41, i8* %32, align 4, !tbaa !17
  %42 = trunc i32 %13 to i8
  %43 = and i8 %42, 63
  %44 = or i8 %43, -128
  %45 = getelementptr inbounds i8, i8* %32, i64 1
  store i8 %44, i8* %45, align 1, !tbaa !17
  br label %79

46:                                               ; preds = %36
  %47 = icmp ult i32 %13, 65536
  br i1 %47, label %48, label %61

48:                                               ; preds = %46
  %49 = lshr i32 %13, 12
  %50 = trunc i32 %49 to i8
  %51 = or i8 %50, -32
  store i8 %51, i8* %32, align 4, !tbaa !17
  %52 = lshr i32 %13, 6
  %53 = trunc i32 %52 to i8
  %54 = and i8 %53, 63
  %55 = or i8 %54, -128
  %56 = getelementptr inbounds i8, i8* %32, i64 1
  store i8 %55, i8* %56, align 1, !tbaa !17
  %57 = trunc i32 %13 to i8
  %58 = and i8 %57, 63
  %59 = or i8 %58, -128
  %60 = getelementptr inbounds i8, i8* %32, i64 2
  store i8 %59, i8* %60, align 2, !tbaa !17
  br label %79

61:                                               ; preds = %46
  %62 = lshr i32 %13, 18
  %63 = trunc i32 %62 to i8
  %64 = or i8 %63, -16
  store i8 %64, i8* %32, align 4, !tbaa !17
  %65 = lshr i32 %13, 12
  %66 = trunc i32 %65 to i8
  %67 = and i8 %66, 63
  %68 = or i8 %67, -128
  %69 = getelementptr inbounds i8, i8* %32, i64 1
  store i8 %68, i8* %69, align 1, !tbaa !17
  %70 = lshr i32 %13, 6
  %71 = trunc i32 %70 to i8
  %72 = and i8 %71, 63
  %73 = or i8 %72, -128
  %74 = getelementptr inbounds i8, i8* %32, i64 2
  store i8 %73, i8* %74, align 2, !tbaa !17
  %75 = trunc i32 %13 to i8
  %76 = and i8 %75, 63
  %77 = or i8 %76, -128
  %78 = getelementptr inbounds i8, i8* %32, i64 3
  store i8 %77, i8* %78, align 1, !tbaa !17
  br label %79

79:                                               ; preds = %34, %38, %48, %61
  %80 = phi i64 [ 1, %34 ], [ 2, %38 ], [ 3, %48 ], [ 4, %61 ]
  %81 = icmp eq i64 %27, 0
  %82 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  br i1 %81, label %83, label %85

83:                                               ; preds = %79
  %84 = load i64, i64* %82, align 8, !tbaa !45
  br label %89

85:                                               ; preds = %79
  %86 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %87 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %88 = load i64, i64* %82, align 8, !tbaa !45
  br label %128

89:                                               ; preds = %154, %83
  %90 = phi i64 [ %84, %83 ], [ %160, %154 ]
  %91 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %92 = add nsw i64 %90, %4
  %93 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %94 = load i64, i64* %93, align 8, !tbaa !67
  %95 = icmp sgt i64 %92, %94
  br i1 %95, label %99, label %96

96:                                               ; preds = %89
  %97 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %98 = load i8*, i8** %97, align 8, !tbaa !43
  br label %118

99:                                               ; preds = %89
  %100 = shl nsw i64 %94, 1
  %101 = icmp sgt i64 %100, %92
  %102 = select i1 %101, i64 %100, i64 %92
  %103 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %104 = add nsw i64 %102, 17
  %105 = icmp sgt i64 %102, -18
  br i1 %105, label %106, label %112

106:                                              ; preds = %99
  %107 = load i8*, i8** %103, align 8, !tbaa !43
  %108 = icmp eq i64 %104, 0
  %109 = select i1 %108, i64 1, i64 %104
  %110 = tail call i8* @realloc(i8* noundef %107, i64 noundef %109) #37
  %111 = icmp eq i8* %110, null
  br i1 %111, label %112, label %113

112:                                              ; preds = %106, %99
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

113:                                              ; preds = %106
  %114 = icmp ugt i64 %104, 4095
  br i1 %114, label %115, label %116

115:                                              ; preds = %113
  tail call fastcc void @advise_big(i8* noundef nonnull %110, i64 noundef %104) #37
  br label %116

116:                                              ; preds = %115, %113
  store i8* %110, i8** %103, align 8, !tbaa !43
  store i64 %102, i64* %93, align 8, !tbaa !67
  %117 = load i64, i64* %91, align 8, !tbaa !45
  br label %118

118:                                              ; preds = %96, %116
  %119 = phi i64 [ %90, %96 ], [ %117, %116 ]
  %120 = phi i8* [ %98, %96 ], [ %110, %116 ]
  %121 = getelementptr inbounds i8, i8* %120, i64 16
  %122 = getelementptr inbounds i8, i8* %121, i64 %119
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %122, i8* align 1 %3, i64 %4, i1 false) #37
  %123 = load i64, i64* %91, align 8, !tbaa !45
  %124 = add nsw i64 %123, %4
  store i64 %124, i64* %91, align 8, !tbaa !45
  %125 = icmp eq i64 %29, 0
  br i1 %125, label %163, label %126

126:                                              ; preds = %118
  %127 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  br label %200

128:                                              ; preds = %85, %154
  %129 = phi i64 [ %88, %85 ], [ %160, %154 ]
  %130 = phi i64 [ 0, %85 ], [ %161, %154 ]
  %131 = add nsw i64 %129, %80
  %132 = load i64, i64* %86, align 8, !tbaa !67
  %133 = icmp sgt i64 %131, %132
  br i1 %133, label %136, label %134

134:                                              ; preds = %128
  %135 = load i8*, i8** %87, align 8, !tbaa !43
  br label %154

136:                                              ; preds = %128
  %137 = shl nsw i64 %132, 1
  %138 = icmp sgt i64 %137, %131
  %139 = select i1 %138, i64 %137, i64 %131
  %140 = add nsw i64 %139, 17
  %141 = icmp sgt i64 %139, -18
  br i1 %141, label %142, label %148

142:                                              ; preds = %136
  %143 = load i8*, i8** %87, align 8, !tbaa !43
  %144 = icmp eq i64 %140, 0
  %145 = select i1 %144, i64 1, i64 %140
  %146 = tail call i8* @realloc(i8* noundef %143, i64 noundef %145) #37
  %147 = icmp eq i8* %146, null
  br i1 %147, label %148, label %149

148:                                              ; preds = %142, %136
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

149:                                              ; preds = %142
  %150 = icmp ugt i64 %140, 4095
  br i1 %150, label %151, label %152

151:                                              ; preds = %149
  tail call fastcc void @advise_big(i8* noundef nonnull %146, i64 noundef %140) #37
  br label %152

152:                                              ; preds = %151, %149
  store i8* %146, i8** %87, align 8, !tbaa !43
  store i64 %139, i64* %86, align 8, !tbaa !67
  %153 = load i64, i64* %82, align 8, !tbaa !45
  br label %154

154:                                              ; preds = %134, %152
  %155 = phi i64 [ %129, %134 ], [ %153, %152 ]
  %156 = phi i8* [ %135, %134 ], [ %146, %152 ]
  %157 = getelementptr inbounds i8, i8* %156, i64 16
  %158 = getelementptr inbounds i8, i8* %157, i64 %155
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %158, i8* noundef nonnull align 4 %32, i64 %80, i1 false) #37
  %159 = load i64, i64* %82, align 8, !tbaa !45
  %160 = add nsw i64 %159, %80
  store i64 %160, i64* %82, align 8, !tbaa !45
  %161 = add nuw nsw i64 %130, 1
  %162 = icmp eq i64 %161, %27
  br i1 %162, label %89, label %128, !llvm.loop !192

163:                                              ; preds = %226, %118
  %164 = phi i64 [ %124, %118 ], [ %232, %226 ]
  %165 = add nsw i64 %164, %6
  %166 = load i64, i64* %93, align 8, !tbaa !67
  %167 = icmp sgt i64 %165, %166
  br i1 %167, label %171, label %168

168:                                              ; preds = %163
  %169 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %170 = load i8*, i8** %169, align 8, !tbaa !43
  br label %190

171:                                              ; preds = %163
  %172 = shl nsw i64 %166, 1
  %173 = icmp sgt i64 %172, %165
  %174 = select i1 %173, i64 %172, i64 %165
  %175 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %176 = add nsw i64 %174, 17
  %177 = icmp sgt i64 %174, -18
  br i1 %177, label %178, label %184

178:                                              ; preds = %171
  %179 = load i8*, i8** %175, align 8, !tbaa !43
  %180 = icmp eq i64 %176, 0
  %181 = select i1 %180, i64 1, i64 %176
  %182 = tail call i8* @realloc(i8* noundef %179, i64 noundef %181) #37
  %183 = icmp eq i8* %182, null
  br i1 %183, label %184, label %185

184:                                              ; preds = %178, %171
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

185:                                              ; preds = %178
  %186 = icmp ugt i64 %176, 4095
  br i1 %186, label %187, label %188

187:                                              ; preds = %185
  tail call fastcc void @advise_big(i8* noundef nonnull %182, i64 noundef %176) #37
  br label %188

188:                                              ; preds = %187, %185
  store i8* %182, i8** %175, align 8, !tbaa !43
  store i64 %174, i64* %93, align 8, !tbaa !67
  %189 = load i64, i64* %91, align 8, !tbaa !45
  br label %190

190:                                              ; preds = %168, %188
  %191 = phi i64 [ %164, %168 ], [ %189, %188 ]
  %192 = phi i8* [ %170, %168 ], [ %182, %188 ]
  %193 = getelementptr inbounds i8, i8* %192, i64 16
  %194 = getelementptr inbounds i8, i8* %193, i64 %191
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %194, i8* align 1 %5, i64 %6, i1 false) #37
  %195 = load i64, i64* %91, align 8, !tbaa !45
  %196 = add nsw i64 %195, %6
  store i64 %196, i64* %91, align 8, !tbaa !45
  %197 = icmp sgt i64 %31, 0
  br i1 %197, label %198, label %235

198:                                              ; preds = %190
  %199 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  br label %236

200:                                              ; preds = %126, %226
  %201 = phi i64 [ %124, %126 ], [ %232, %226 ]
  %202 = phi i64 [ 0, %126 ], [ %233, %226 ]
  %203 = add nsw i64 %201, %80
  %204 = load i64, i64* %93, align 8, !tbaa !67
  %205 = icmp sgt i64 %203, %204
  br i1 %205, label %208, label %206

206:                                              ; preds = %200
  %207 = load i8*, i8** %127, align 8, !tbaa !43
  br label %226

208:                                              ; preds = %200
  %209 = shl nsw i64 %204, 1
  %210 = icmp sgt i64 %209, %203
  %211 = select i1 %210, i64 %209, i64 %203
  %212 = add nsw i64 %211, 17
  %213 = icmp sgt i64 %211, -18
  br i1 %213, label %214, label %220

214:                                              ; preds = %208
  %215 = load i8*, i8** %127, align 8, !tbaa !43
  %216 = icmp eq i64 %212, 0
  %217 = select i1 %216, i64 1, i64 %212
  %218 = tail call i8* @realloc(i8* noundef %215, i64 noundef %217) #37
  %219 = icmp eq i8* %218, null
  br i1 %219, label %220, label %221

220:                                              ; preds = %214, %208
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

221:                                              ; preds = %214
  %222 = icmp ugt i64 %212, 4095
  br i1 %222, label %223, label %224

223:                                              ; preds = %221
  tail call fastcc void @advise_big(i8* noundef nonnull %218, i64 noundef %212) #37
  br label %224

224:                                              ; preds = %223, %221
  store i8* %218, i8** %127, align 8, !tbaa !43
  store i64 %211, i64* %93, align 8, !tbaa !67
  %225 = load i64, i64* %91, align 8, !tbaa !45
  br label %226

226:                                              ; preds = %206, %224
  %227 = phi i64 [ %201, %206 ], [ %225, %224 ]
  %228 = phi i8* [ %207, %206 ], [ %218, %224 ]
  %229 = getelementptr inbounds i8, i8* %228, i64 16
  %230 = getelementptr inbounds i8, i8* %229, i64 %227
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %230, i8* noundef nonnull align 4 %32, i64 %80, i1 false) #37
  %231 = load i64, i64* %91, align 8, !tbaa !45
  %232 = add nsw i64 %231, %80
  store i64 %232, i64* %91, align 8, !tbaa !45
  %233 = add nuw nsw i64 %202, 1
  %234 = icmp eq i64 %233, %29
  br i1 %234, label %163, label %200, !llvm.loop !193

235:                                              ; preds = %262, %190
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %32)
  ret void

236:                                              ; preds = %198, %262
  %237 = phi i64 [ %196, %198 ], [ %268, %262 ]
  %238 = phi i64 [ 0, %198 ], [ %269, %262 ]
  %239 = add nsw i64 %237, %80
  %240 = load i64, i64* %93, align 8, !tbaa !67
  %241 = icmp sgt i64 %239, %240
  br i1 %241, label %244, label %242

242:                                              ; preds = %236
  %243 = load i8*, i8** %199, align 8, !tbaa !43
  br label %262

244:                                              ; preds = %236
  %245 = shl nsw i64 %240, 1
  %246 = icmp sgt i64 %245, %239
  %247 = select i1 %246, i64 %245, i64 %239
  %248 = add nsw i64 %247, 17
  %249 = icmp sgt i64 %247, -18
  br i1 %249, label %250, label %256

250:                                              ; preds = %244
  %251 = load i8*, i8** %199, align 8, !tbaa !43
  %252 = icmp eq i64 %248, 0
  %253 = select i1 %252, i64 1, i64 %248
  %254 = tail call i8* @realloc(i8* noundef %251, i64 noundef %253) #37
  %255 = icmp eq i8* %254, null
  br i1 %255, label %256, label %257

256:                                              ; preds = %250, %244
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

257:                                              ; preds = %250
  %258 = icmp ugt i64 %248, 4095
  br i1 %258, label %259, label %260

259:                                              ; preds = %257
  tail call fastcc void @advise_big(i8* noundef nonnull %254, i64 noundef %248) #37
  br label %260

260:                                              ; preds = %259, %257
  store i8* %254, i8** %199, align 8, !tbaa !43
  store i64 %247, i64* %93, align 8, !tbaa !67
  %261 = load i64, i64* %91, align 8, !tbaa !45
  br label %262

262:                                              ; preds = %242, %260
  %263 = phi i64 [ %237, %242 ], [ %261, %260 ]
  %264 = phi i8* [ %243, %242 ], [ %254, %260 ]
  %265 = getelementptr inbounds i8, i8* %264, i64 16
  %266 = getelementptr inbounds i8, i8* %265, i64 %263
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %266, i8* noundef nonnull align 4 %32, i64 %80, i1 false) #37
  %267 = load i64, i64* %91, align 8, !tbaa !45
  %268 = add nsw i64 %267, %80
  store i64 %268, i64* %91, align 8, !tbaa !45
  %269 = add nuw nsw i64 %238, 1
  %270 = icmp slt i64 %269, %31
  br i1 %270, label %236, label %235, !llvm.loop !194
}

; Function Attrs: nounwind
define void @ember_buf_fmt_dyn(%struct.EmBuf* nocapture noundef %0, i32 noundef %1, i64 noundef %2, double noundef %3, %struct.EmStr* nocapture noundef readonly %4, %struct.EmStr* noundef %5, i8* noundef %6, i32 noundef %7, i32 noundef %8) local_unnamed_addr #0 {
  %10 = alloca [200 x i8], align 16
  %11 = icmp eq i32 %1, 3
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 0
  %13 = load i64, i64* %12, align 8, !tbaa !11
  %14 = icmp eq i64 %13, 0
  %15 = select i1 %11, i1 %14, i1 false
  br i1 %15, label %16, label %20

16:                                               ; preds = %9
  %17 = trunc i64 %2 to i32
  %18 = icmp eq i32 %17, 0
  %19 = select i1 %18, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.6, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.5, i64 0, i64 0)
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef %19) #37
  br label %293

20:                                               ; preds = %9
  %21 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 0
  %22 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 %13
  %23 = getelementptr inbounds [200 x i8], [200 x i8]* %10, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 200, i8* nonnull %23) #37
  %24 = icmp sgt i64 %13, 0
  br i1 %24, label %25, label %105

25:                                               ; preds = %20
  %26 = load i8, i8* %21, align 1, !tbaa !17
  %27 = icmp sgt i8 %26, -1
  br i1 %27, label %28, label %30

28:                                               ; preds = %25
  %29 = zext i8 %26 to i32
  br label %79

30:                                               ; preds = %25
  %31 = icmp ult i8 %26, -32
  br i1 %31, label %32, label %41

32:                                               ; preds = %30
  %33 = and i8 %26, 31
  %34 = zext i8 %33 to i32
  %35 = shl nuw nsw i32 %34, 6
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %37 = load i8, i8* %36, align 1, !tbaa !17
  %38 = and i8 %37, 63
  %39 = zext i8 %38 to i32
  %40 = or i32 %35, %39
  br label %79

41:                                               ; preds = %30
  %42 = icmp ult i8 %26, -16
  br i1 %42, label %43, label %58

43:                                               ; preds = %41
  %44 = and i8 %26, 15
  %45 = zext i8 %44 to i32
  %46 = shl nuw nsw i32 %45, 12
  %47 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %48 = load i8, i8* %47, align 1, !tbaa !17
  %49 = and i8 %48, 63
  %50 = zext i8 %49 to i32
  %51 = shl nuw nsw i32 %50, 6
  %52 = or i32 %51, %46
  %53 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 2
  %54 = load i8, i8* %53, align 1, !tbaa !17
  %55 = and i8 %54, 63
  %56 = zext i8 %55 to i32
  %57 = or i32 %52, %56
  br label %79

58:                                               ; preds = %41
  %59 = and i8 %26, 7
  %60 = zext i8 %59 to i32
  %61 = shl nuw nsw i32 %60, 18
  %62 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %63 = load i8, i8* %62, align 1, !tbaa !17
  %64 = and i8 %63, 63
  %65 = zext i8 %64 to i32
  %66 = shl nuw nsw i32 %65, 12
  %67 = or i32 %66, %61
  %68 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 2
  %69 = load i8, i8* %68, align 1, !tbaa !17
  %70 = and i8 %69, 63
  %71 = zext i8 %70 to i32
  %72 = shl nuw nsw i32 %71, 6
  %73 = or i32 %67, %72
  %74 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 3
  %75 = load i8, i8* %74, align 1, !tbaa !17
  %76 = and i8 %75, 63
  %77 = zext i8 %76 to i32
  %78 = or i32 %73, %77
  br label %79

79:                                               ; preds = %28, %32, %43, %58
  %80 = phi i32 [ 1, %28 ], [ 2, %32 ], [ 3, %43 ], [ 4, %58 ]
  %81 = phi i32 [ %29, %28 ], [ %40, %32 ], [ %57, %43 ], [ %78, %58 ]
  %82 = zext i32 %80 to i64
  %83 = icmp ugt i64 %13, %82
  br i1 %83, label %84, label %96

84:                                               ; preds = %79
  %85 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 %82
  %86 = load i8, i8* %85, align 1, !tbaa !17
  %87 = sext i8 %86 to i32
  %88 = icmp eq i8 %86, 0
  br i1 %88, label %96, label %89

89:                                               ; preds = %84
  %90 = tail call i8* @memchr(i8* nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.37, i64 0, i64 0), i32 %87, i64 5)
  %91 = icmp eq i8* %90, null
  br i1 %91, label %96, label %92

92:                                               ; preds = %89
  %93 = add nuw nsw i32 %80, 1
  %94 = zext i32 %93 to i64
  %95 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 %94
  br label %105

96:                                               ; preds = %89, %84, %79
  %97 = sext i8 %26 to i32
  %98 = icmp eq i8 %26, 0
  br i1 %98, label %105, label %99

99:                                               ; preds = %96
  %100 = tail call i8* @memchr(i8* nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.37, i64 0, i64 0), i32 %97, i64 5)
  %101 = icmp eq i8* %100, null
  %102 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %103 = select i1 %101, i32 0, i32 %97
  %104 = select i1 %101, i8* %21, i8* %102
  br label %105

105:                                              ; preds = %99, %92, %96, %20
  %106 = phi i32 [ 0, %20 ], [ %81, %92 ], [ 0, %96 ], [ 0, %99 ]
  %107 = phi i32 [ 0, %20 ], [ %87, %92 ], [ 0, %96 ], [ %103, %99 ]
  %108 = phi i8* [ %21, %20 ], [ %95, %92 ], [ %21, %96 ], [ %104, %99 ]
  %109 = icmp ult i8* %108, %22
  br i1 %109, label %110, label %115

110:                                              ; preds = %105
  %111 = load i8, i8* %108, align 1, !tbaa !17
  switch i8 %111, label %115 [
    i8 43, label %112
    i8 45, label %112
    i8 32, label %112
  ]

112:                                              ; preds = %110, %110, %110
  %113 = getelementptr inbounds i8, i8* %108, i64 1
  %114 = zext i8 %111 to i32
  br label %115

115:                                              ; preds = %110, %112, %105
  %116 = phi i32 [ %114, %112 ], [ 0, %105 ], [ 0, %110 ]
  %117 = phi i8* [ %113, %112 ], [ %108, %105 ], [ %108, %110 ]
  %118 = icmp ult i8* %117, %22
  br i1 %118, label %119, label %125

119:                                              ; preds = %115
  %120 = load i8, i8* %117, align 1, !tbaa !17
  %121 = icmp eq i8 %120, 35
  %122 = zext i1 %121 to i32
  %123 = zext i1 %121 to i64
  %124 = getelementptr i8, i8* %117, i64 %123
  br label %125

125:                                              ; preds = %119, %115
  %126 = phi i32 [ 0, %115 ], [ %122, %119 ]
  %127 = phi i8* [ %117, %115 ], [ %124, %119 ]
  %128 = icmp ult i8* %127, %22
  br i1 %128, label %129, label %135

129:                                              ; preds = %125
  %130 = load i8, i8* %127, align 1, !tbaa !17
  %131 = icmp eq i8 %130, 48
  %132 = zext i1 %131 to i32
  %133 = zext i1 %131 to i64
  %134 = getelementptr i8, i8* %127, i64 %133
  br label %135

135:                                              ; preds = %129, %125
  %136 = phi i32 [ 0, %125 ], [ %132, %129 ]
  %137 = phi i8* [ %127, %125 ], [ %134, %129 ]
  %138 = icmp ult i8* %137, %22
  br i1 %138, label %139, label %162

139:                                              ; preds = %135, %149
  %140 = phi i8* [ %156, %149 ], [ %137, %135 ]
  %141 = phi i64 [ %155, %149 ], [ -1, %135 ]
  %142 = load i8, i8* %140, align 1, !tbaa !17
  %143 = sext i8 %142 to i64
  %144 = icmp sgt i8 %142, 47
  br i1 %144, label %145, label %158

145:                                              ; preds = %139
  %146 = icmp ult i8 %142, 58
  %147 = icmp slt i64 %141, 100000000
  %148 = select i1 %146, i1 %147, i1 false
  br i1 %148, label %149, label %158

149:                                              ; preds = %145
  %150 = icmp slt i64 %141, 0
  %151 = mul nsw i64 %141, 10
  %152 = select i1 %150, i64 0, i64 %151
  %153 = add nsw i64 %143, 4294967248
  %154 = and i64 %153, 4294967295
  %155 = add nsw i64 %154, %152
  %156 = getelementptr inbounds i8, i8* %140, i64 1
  %157 = icmp ult i8* %156, %22
  br i1 %157, label %139, label %162, !llvm.loop !195

158:                                              ; preds = %145, %139
  switch i8 %142, label %162 [
    i8 44, label %159
    i8 95, label %159
  ]

159:                                              ; preds = %158, %158
  %160 = getelementptr inbounds i8, i8* %140, i64 1
  %161 = zext i8 %142 to i32
  br label %162

162:                                              ; preds = %149, %135, %158, %159
  %163 = phi i64 [ %141, %159 ], [ %141, %158 ], [ -1, %135 ], [ %155, %149 ]
  %164 = phi i32 [ %161, %159 ], [ 0, %158 ], [ 0, %135 ], [ 0, %149 ]
  %165 = phi i8* [ %160, %159 ], [ %140, %158 ], [ %137, %135 ], [ %156, %149 ]
  %166 = icmp ult i8* %165, %22
  br i1 %166, label %167, label %196

167:                                              ; preds = %162
  %168 = load i8, i8* %165, align 1, !tbaa !17
  %169 = icmp eq i8 %168, 46
  br i1 %169, label %170, label %196

170:                                              ; preds = %167
  %171 = getelementptr inbounds i8, i8* %165, i64 1
  %172 = icmp ult i8* %171, %22
  br i1 %172, label %173, label %192

173:                                              ; preds = %170, %183
  %174 = phi i8* [ %190, %183 ], [ %171, %170 ]
  %175 = phi i64 [ %189, %183 ], [ -1, %170 ]
  %176 = load i8, i8* %174, align 1, !tbaa !17
  %177 = sext i8 %176 to i64
  %178 = icmp sgt i8 %176, 47
  br i1 %178, label %179, label %192

179:                                              ; preds = %173
  %180 = icmp ult i8 %176, 58
  %181 = icmp slt i64 %175, 100000000
  %182 = select i1 %180, i1 %181, i1 false
  br i1 %182, label %183, label %192

183:                                              ; preds = %179
  %184 = icmp slt i64 %175, 0
  %185 = mul nsw i64 %175, 10
  %186 = select i1 %184, i64 0, i64 %185
  %187 = add nsw i64 %177, 4294967248
  %188 = and i64 %187, 4294967295
  %189 = add nsw i64 %188, %186
  %190 = getelementptr inbounds i8, i8* %174, i64 1
  %191 = icmp ult i8* %190, %22
  br i1 %191, label %173, label %192, !llvm.loop !196

192:                                              ; preds = %179, %173, %183, %170
  %193 = phi i64 [ -1, %170 ], [ %189, %183 ], [ %175, %173 ], [ %175, %179 ]
  %194 = phi i8* [ %171, %170 ], [ %190, %183 ], [ %174, %173 ], [ %174, %179 ]
  %195 = icmp sgt i64 %193, -1
  br label %196

196:                                              ; preds = %192, %167, %162
  %197 = phi i64 [ -1, %167 ], [ -1, %162 ], [ %193, %192 ]
  %198 = phi i1 [ true, %167 ], [ true, %162 ], [ %195, %192 ]
  %199 = phi i8* [ %165, %167 ], [ %165, %162 ], [ %194, %192 ]
  %200 = icmp ult i8* %199, %22
  br i1 %200, label %201, label %212

201:                                              ; preds = %196
  %202 = load i8, i8* %199, align 1, !tbaa !17
  %203 = sext i8 %202 to i32
  %204 = icmp eq i8 %202, 0
  br i1 %204, label %212, label %205

205:                                              ; preds = %201
  %206 = tail call i8* @memchr(i8* nonnull dereferenceable(16) getelementptr inbounds ([16 x i8], [16 x i8]* @.str.38, i64 0, i64 0), i32 %203, i64 16)
  %207 = icmp eq i8* %206, null
  %208 = select i1 %207, i32 0, i32 %203
  %209 = xor i1 %207, true
  %210 = zext i1 %209 to i64
  %211 = getelementptr i8, i8* %199, i64 %210
  br label %212

212:                                              ; preds = %205, %201, %196
  %213 = phi i32 [ 0, %201 ], [ 0, %196 ], [ %208, %205 ]
  %214 = phi i8* [ %199, %201 ], [ %199, %196 ], [ %211, %205 ]
  br i1 %198, label %215, label %266

215:                                              ; preds = %212
  %216 = icmp eq i8* %214, %22
  br i1 %216, label %217, label %249

217:                                              ; preds = %215
  %218 = icmp eq i32 %1, 0
  %219 = or i1 %218, %11
  %220 = icmp ne i32 %213, 0
  %221 = select i1 %219, i1 %220, i1 false
  br i1 %221, label %222, label %225

222:                                              ; preds = %217
  %223 = tail call i8* @memchr(i8* nonnull dereferenceable(15) getelementptr inbounds ([15 x i8], [15 x i8]* @.str.41, i64 0, i64 0), i32 %213, i64 15)
  %224 = icmp eq i8* %223, null
  br i1 %224, label %257, label %225

225:                                              ; preds = %217, %222
  %226 = icmp sgt i64 %197, -1
  %227 = select i1 %219, i1 %226, i1 false
  br i1 %227, label %228, label %232

228:                                              ; preds = %225
  br i1 %220, label %229, label %266

229:                                              ; preds = %228
  %230 = tail call i8* @memchr(i8* nonnull dereferenceable(8) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.42, i64 0, i64 0), i32 %213, i64 8)
  %231 = icmp eq i8* %230, null
  br i1 %231, label %266, label %232

232:                                              ; preds = %225, %229
  %233 = icmp eq i32 %1, 1
  %234 = select i1 %233, i1 %220, i1 false
  br i1 %234, label %235, label %238

235:                                              ; preds = %232
  %236 = tail call i8* @memchr(i8* nonnull dereferenceable(9) getelementptr inbounds ([9 x i8], [9 x i8]* @.str.44, i64 0, i64 0), i32 %213, i64 9)
  %237 = icmp eq i8* %236, null
  br i1 %237, label %261, label %268

238:                                              ; preds = %232
  %239 = icmp eq i32 %1, 2
  br i1 %239, label %240, label %276

240:                                              ; preds = %238
  switch i32 %213, label %257 [
    i32 115, label %241
    i32 0, label %241
  ]

241:                                              ; preds = %240, %240
  %242 = icmp eq i32 %116, 0
  br i1 %242, label %243, label %266

243:                                              ; preds = %241
  %244 = icmp eq i32 %107, 61
  br i1 %244, label %266, label %245

245:                                              ; preds = %243
  %246 = icmp eq i32 %164, 0
  br i1 %246, label %272, label %247

247:                                              ; preds = %245
  %248 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %23, i64 noundef 200, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.47, i64 0, i64 0), i32 noundef %164) #37
  br label %257

249:                                              ; preds = %215
  %250 = icmp slt i64 %13, 60
  %251 = select i1 %250, i64 %13, i64 60
  %252 = trunc i64 %251 to i32
  %253 = sext i32 %1 to i64
  %254 = getelementptr inbounds [4 x i8*], [4 x i8*]* @ember_buf_fmt_dyn.names, i64 0, i64 %253
  %255 = load i8*, i8** %254, align 8, !tbaa !7
  %256 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %23, i64 noundef 200, i8* noundef getelementptr inbounds ([56 x i8], [56 x i8]* @.str.40, i64 0, i64 0), i32 noundef %252, i8* noundef nonnull %21, i8* noundef %255) #37
  br label %266

257:                                              ; preds = %240, %222, %247
  %258 = icmp eq i32 %1, 2
  %259 = icmp ne i32 %164, 0
  %260 = select i1 %258, i1 %259, i1 false
  br i1 %260, label %266, label %261

261:                                              ; preds = %235, %257
  %262 = zext i32 %1 to i64
  %263 = getelementptr inbounds [4 x i8*], [4 x i8*]* @ember_buf_fmt_dyn.names, i64 0, i64 %262
  %264 = load i8*, i8** %263, align 8, !tbaa !7
  %265 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %23, i64 noundef 200, i8* noundef getelementptr inbounds ([49 x i8], [49 x i8]* @.str.48, i64 0, i64 0), i32 noundef %213, i8* noundef %264) #37
  br label %266

266:                                              ; preds = %249, %212, %229, %228, %241, %243, %261, %257
  %267 = phi i8* [ %23, %257 ], [ %23, %261 ], [ %23, %249 ], [ getelementptr inbounds ([35 x i8], [35 x i8]* @.str.39, i64 0, i64 0), %212 ], [ getelementptr inbounds ([50 x i8], [50 x i8]* @.str.43, i64 0, i64 0), %229 ], [ getelementptr inbounds ([50 x i8], [50 x i8]* @.str.43, i64 0, i64 0), %228 ], [ getelementptr inbounds ([44 x i8], [44 x i8]* @.str.45, i64 0, i64 0), %241 ], [ getelementptr inbounds ([53 x i8], [53 x i8]* @.str.46, i64 0, i64 0), %243 ]
  call void @ember_fault(i32 noundef 4, i8* noundef nonnull %267, i8* noundef %6, i32 noundef %7, i32 noundef %8) #40
  unreachable

268:                                              ; preds = %235
  %269 = icmp eq i32 %106, 0
  %270 = select i1 %269, i32 32, i32 %106
  %271 = select i1 %269, i32 %136, i32 0
  br label %287

272:                                              ; preds = %245
  %273 = icmp eq i32 %106, 0
  %274 = select i1 %273, i32 32, i32 %106
  %275 = select i1 %273, i32 %136, i32 0
  tail call void @ember_buf_fmt_str(%struct.EmBuf* noundef %0, %struct.EmStr* noundef %4, i32 noundef %274, i32 noundef %107, i32 noundef %116, i32 noundef %126, i32 noundef %275, i64 noundef %163, i32 noundef %164, i64 noundef %197, i32 noundef %213)
  br label %292

276:                                              ; preds = %238
  %277 = icmp eq i32 %106, 0
  %278 = select i1 %277, i32 32, i32 %106
  %279 = select i1 %277, i32 %136, i32 0
  br i1 %233, label %287, label %280

280:                                              ; preds = %276
  %281 = icmp eq i32 %213, 0
  br i1 %281, label %291, label %282

282:                                              ; preds = %280
  %283 = tail call i8* @memchr(i8* nonnull dereferenceable(8) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.42, i64 0, i64 0), i32 %213, i64 8)
  %284 = icmp eq i8* %283, null
  br i1 %284, label %291, label %285

285:                                              ; preds = %282
  %286 = sitofp i64 %2 to double
  br label %287

287:                                              ; preds = %268, %276, %285
  %288 = phi i32 [ %278, %285 ], [ %270, %268 ], [ %278, %276 ]
  %289 = phi i32 [ %279, %285 ], [ %271, %268 ], [ %279, %276 ]
  %290 = phi double [ %286, %285 ], [ %3, %268 ], [ %3, %276 ]
  tail call void @ember_buf_fmt_f64(%struct.EmBuf* noundef %0, double noundef %290, i32 noundef %288, i32 noundef %107, i32 noundef %116, i32 noundef %126, i32 noundef %289, i64 noundef %163, i32 noundef %164, i64 noundef %197, i32 noundef %213)
  br label %292

291:                                              ; preds = %282, %280
  tail call void @ember_buf_fmt_i64(%struct.EmBuf* noundef %0, i64 noundef %2, i32 noundef %278, i32 noundef %107, i32 noundef %116, i32 noundef %126, i32 noundef %279, i64 noundef %163, i32 noundef %164, i64 noundef %197, i32 noundef %213)
  br label %292

292:                                              ; preds = %287, %291, %272
  call void @llvm.lifetime.end.p0i8(i64 200, i8* nonnull %23) #37
  br label %293

293:                                              ; preds = %292, %16
  ret void
}

; Function Attrs: nounwind
define internal fastcc i8* @list_storage(i64 noundef %0) unnamed_addr #0 {
  %2 = icmp slt i64 %0, 256
  br i1 %2, label %3, label %11

3:                                                ; preds = %1
  %4 = icmp sgt i64 %0, -1
  br i1 %4, label %5, label %10

5:                                                ; preds = %3
  %6 = icmp eq i64 %0, 0
  %7 = select i1 %6, i64 1, i64 %0
  %8 = tail call noalias i8* @malloc(i64 noundef %7) #37
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %20

10:                                               ; preds = %5, %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

11:                                               ; preds = %1
  %12 = add nuw i64 %0, 63
  %13 = and i64 %12, -64
  %14 = tail call noalias align 64 i8* @aligned_alloc(i64 noundef 64, i64 noundef %13) #37
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %11
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

17:                                               ; preds = %11
  %18 = icmp ugt i64 %0, 4095
  br i1 %18, label %19, label %20

19:                                               ; preds = %17
  tail call fastcc void @advise_big(i8* noundef nonnull %14, i64 noundef %0) #37
  br label %20

20:                                               ; preds = %19, %17, %5
  %21 = phi i8* [ %8, %5 ], [ %14, %17 ], [ %14, %19 ]
  ret i8* %21
}

; Function Attrs: nounwind
define void @ember_list_drop(%struct.EmList* noundef %0, i64 noundef %1, void (i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = icmp eq %struct.EmList* %0, null
  br i1 %4, label %29, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !13
  %8 = icmp ne void (i8*)* %2, null
  %9 = icmp sgt i64 %7, 0
  %10 = and i1 %8, %9
  br i1 %10, label %11, label %20

11:                                               ; preds = %5
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %18, %13 ]
  %15 = load i8*, i8** %12, align 8, !tbaa !16
  %16 = mul nsw i64 %14, %1
  %17 = getelementptr inbounds i8, i8* %15, i64 %16
  tail call void %2(i8* noundef %17) #37
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp eq i64 %18, %7
  br i1 %19, label %20, label %13, !llvm.loop !197

20:                                               ; preds = %13, %5
  %21 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %22 = load i64, i64* %21, align 8, !tbaa !15
  %23 = icmp sgt i64 %22, -1
  br i1 %23, label %24, label %27

24:                                               ; preds = %20
  %25 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %26 = load i8*, i8** %25, align 8, !tbaa !16
  tail call void @free(i8* noundef %26) #37
  br label %27

27:                                               ; preds = %24, %20
  %28 = bitcast %struct.EmList* %0 to i8*
  tail call void @free(i8* noundef %28) #37
  br label %29

29:                                               ; preds = %3, %27
  ret void
}

; Function Attrs: nounwind
define void @ember_list_reserve(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !15
  %6 = icmp slt i64 %5, %2
  br i1 %6, label %7, label %58

7:                                                ; preds = %3
  %8 = icmp slt i64 %5, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.102, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

10:                                               ; preds = %7
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %12 = load i8*, i8** %11, align 8, !tbaa !16
  %13 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %14 = load i64, i64* %13, align 8, !tbaa !13
  %15 = mul nsw i64 %14, %1
  %16 = or i64 %2, %1
  %17 = icmp sgt i64 %16, -1
  br i1 %17, label %18, label %21

18:                                               ; preds = %10
  %19 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %2, i64 %1) #37
  %20 = extractvalue { i64, i1 } %19, 1
  br i1 %20, label %21, label %22

21:                                               ; preds = %18, %10
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

22:                                               ; preds = %18
  %23 = extractvalue { i64, i1 } %19, 0
  %24 = icmp slt i64 %23, 256
  br i1 %24, label %25, label %33

25:                                               ; preds = %22
  %26 = icmp sgt i64 %23, -1
  br i1 %26, label %27, label %32

27:                                               ; preds = %25
  %28 = icmp eq i64 %23, 0
  %29 = select i1 %28, i64 1, i64 %23
  %30 = tail call i8* @realloc(i8* noundef %12, i64 noundef %29) #37
  %31 = icmp eq i8* %30, null
  br i1 %31, label %32, label %56

32:                                               ; preds = %27, %25
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

33:                                               ; preds = %22
  %34 = icmp eq i8* %12, null
  br i1 %34, label %50, label %35

35:                                               ; preds = %33
  %36 = ptrtoint i8* %12 to i64
  %37 = and i64 %36, 63
  %38 = icmp eq i64 %37, 0
  br i1 %38, label %39, label %50

39:                                               ; preds = %35
  %40 = tail call i8* @realloc(i8* noundef nonnull %12, i64 noundef %23) #37
  %41 = icmp eq i8* %40, null
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

43:                                               ; preds = %39
  %44 = icmp ugt i64 %23, 4095
  br i1 %44, label %45, label %46

45:                                               ; preds = %43
  tail call fastcc void @advise_big(i8* noundef nonnull %40, i64 noundef %23) #37
  br label %46

46:                                               ; preds = %45, %43
  %47 = ptrtoint i8* %40 to i64
  %48 = and i64 %47, 63
  %49 = icmp eq i64 %48, 0
  br i1 %49, label %56, label %50

50:                                               ; preds = %46, %35, %33
  %51 = phi i8* [ %40, %46 ], [ %12, %35 ], [ null, %33 ]
  %52 = tail call fastcc i8* @list_storage(i64 noundef %23) #37
  %53 = icmp eq i64 %15, 0
  br i1 %53, label %55, label %54

54:                                               ; preds = %50
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %52, i8* align 1 %51, i64 %15, i1 false) #37
  br label %55

55:                                               ; preds = %54, %50
  tail call void @free(i8* noundef %51) #37
  br label %56

56:                                               ; preds = %27, %46, %55
  %57 = phi i8* [ %40, %46 ], [ %52, %55 ], [ %30, %27 ]
  store i8* %57, i8** %11, align 8, !tbaa !16
  store i64 %2, i64* %4, align 8, !tbaa !15
  br label %58

58:                                               ; preds = %3, %56
  ret void
}

; Function Attrs: nounwind
define i8* @ember_list_insert_slot(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = icmp slt i64 %2, 0
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !13
  %7 = add nsw i64 %6, %2
  %8 = icmp sgt i64 %7, 0
  %9 = select i1 %8, i64 %7, i64 0
  %10 = select i1 %4, i64 %9, i64 %2
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %12 = icmp sgt i64 %10, %6
  %13 = select i1 %12, i64 %6, i64 %10
  %14 = add nsw i64 %6, 1
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %16 = load i64, i64* %15, align 8, !tbaa !15
  %17 = icmp sgt i64 %16, %6
  br i1 %17, label %25, label %18

18:                                               ; preds = %3
  %19 = shl nsw i64 %16, 1
  %20 = icmp sgt i64 %19, 4
  %21 = select i1 %20, i64 %19, i64 4
  %22 = icmp slt i64 %21, %14
  %23 = select i1 %22, i64 %14, i64 %21
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %1, i64 noundef %23) #37
  %24 = load i64, i64* %11, align 8, !tbaa !13
  br label %25

25:                                               ; preds = %3, %18
  %26 = phi i64 [ %6, %3 ], [ %24, %18 ]
  %27 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %28 = load i8*, i8** %27, align 8, !tbaa !16
  %29 = mul nsw i64 %13, %1
  %30 = getelementptr inbounds i8, i8* %28, i64 %29
  %31 = getelementptr inbounds i8, i8* %30, i64 %1
  %32 = sub nsw i64 %26, %13
  %33 = mul nsw i64 %32, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %31, i8* align 1 %30, i64 %33, i1 false)
  %34 = load i64, i64* %11, align 8, !tbaa !13
  %35 = add nsw i64 %34, 1
  store i64 %35, i64* %11, align 8, !tbaa !13
  ret i8* %30
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i64(i8* nocapture writeonly, i8* nocapture readonly, i64, i1 immarg) #14

; Function Attrs: nounwind
define void @ember_list_pop_into(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2, i8* nocapture noundef writeonly %3, i8* noundef %4, i32 noundef %5, i32 noundef %6) local_unnamed_addr #0 {
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !15
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.102, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #38
  unreachable

12:                                               ; preds = %7
  %13 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %14 = load i64, i64* %13, align 8, !tbaa !13
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %12
  tail call void @ember_fault(i32 noundef 0, i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str.49, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #40
  unreachable

17:                                               ; preds = %12
  %18 = icmp slt i64 %2, 0
  %19 = select i1 %18, i64 %14, i64 0
  %20 = add nsw i64 %19, %2
  %21 = icmp sgt i64 %20, -1
  %22 = icmp slt i64 %20, %14
  %23 = select i1 %21, i1 %22, i1 false
  br i1 %23, label %25, label %24

24:                                               ; preds = %17
  tail call void @ember_fault(i32 noundef 0, i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str.50, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #40
  unreachable

25:                                               ; preds = %17
  %26 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %27 = load i8*, i8** %26, align 8, !tbaa !16
  %28 = mul nsw i64 %20, %1
  %29 = getelementptr inbounds i8, i8* %27, i64 %28
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %3, i8* align 1 %29, i64 %1, i1 false)
  %30 = getelementptr inbounds i8, i8* %29, i64 %1
  %31 = load i64, i64* %13, align 8, !tbaa !13
  %32 = xor i64 %20, -1
  %33 = add i64 %31, %32
  %34 = mul nsw i64 %33, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %29, i8* align 1 %30, i64 %34, i1 false)
  %35 = load i64, i64* %13, align 8, !tbaa !13
  %36 = add nsw i64 %35, -1
  store i64 %36, i64* %13, align 8, !tbaa !13
  ret void
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_copy(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, void (i8*, i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !13
  %6 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %7 = icmp eq i8* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

9:                                                ; preds = %3
  %10 = icmp sgt i64 %5, 0
  %11 = select i1 %10, i64 %5, i64 0
  %12 = getelementptr inbounds i8, i8* %6, i64 8
  %13 = bitcast i8* %12 to i64*
  store i64 %11, i64* %13, align 8, !tbaa !15
  br i1 %10, label %14, label %24

14:                                               ; preds = %9
  %15 = icmp sgt i64 %1, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %14
  %17 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %11, i64 %1) #37
  %18 = extractvalue { i64, i1 } %17, 1
  br i1 %18, label %19, label %20

19:                                               ; preds = %16, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

20:                                               ; preds = %16
  %21 = extractvalue { i64, i1 } %17, 0
  %22 = tail call fastcc i8* @list_storage(i64 noundef %21) #37
  %23 = load i64, i64* %4, align 8, !tbaa !13
  br label %24

24:                                               ; preds = %9, %20
  %25 = phi i64 [ %23, %20 ], [ %5, %9 ]
  %26 = phi i8* [ %22, %20 ], [ null, %9 ]
  %27 = bitcast i8* %6 to %struct.EmList*
  %28 = getelementptr inbounds i8, i8* %6, i64 16
  %29 = bitcast i8* %28 to i8**
  store i8* %26, i8** %29, align 8, !tbaa !16
  %30 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %31 = load i8*, i8** %30, align 8, !tbaa !16
  %32 = icmp eq void (i8*, i8*)* %2, null
  br i1 %32, label %35, label %33

33:                                               ; preds = %24
  %34 = icmp sgt i64 %25, 0
  br i1 %34, label %37, label %44

35:                                               ; preds = %24
  %36 = mul nsw i64 %25, %1
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %26, i8* align 1 %31, i64 %36, i1 false) #37
  br label %44

37:                                               ; preds = %33, %37
  %38 = phi i64 [ %42, %37 ], [ 0, %33 ]
  %39 = mul nsw i64 %38, %1
  %40 = getelementptr inbounds i8, i8* %26, i64 %39
  %41 = getelementptr inbounds i8, i8* %31, i64 %39
  tail call void %2(i8* noundef %40, i8* noundef %41) #37
  %42 = add nuw nsw i64 %38, 1
  %43 = icmp eq i64 %42, %25
  br i1 %43, label %44, label %37, !llvm.loop !198

44:                                               ; preds = %37, %33, %35
  %45 = load i64, i64* %4, align 8, !tbaa !13
  %46 = getelementptr inbounds %struct.EmList, %struct.EmList* %27, i64 0, i32 0
  store i64 %45, i64* %46, align 8, !tbaa !13
  ret %struct.EmList* %27
}

; Function Attrs: nounwind
define void @ember_list_set_slice(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i32 noundef %5, %struct.EmList* nocapture noundef readonly %6, void (i8*, i8*)* noundef readonly %7, void (i8*)* noundef readonly %8, i8* noundef %9, i32 noundef %10, i32 noundef %11) local_unnamed_addr #0 {
  %13 = alloca [128 x i8], align 16
  %14 = icmp eq i64 %4, 0
  br i1 %14, label %15, label %16

15:                                               ; preds = %12
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.51, i64 0, i64 0), i8* noundef %9, i32 noundef %10, i32 noundef %11) #40
  unreachable

16:                                               ; preds = %12
  %17 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %18 = load i64, i64* %17, align 8, !tbaa !13
  %19 = icmp slt i64 %4, 0
  %20 = ashr i64 %4, 63
  %21 = add nsw i64 %18, %20
  %22 = and i32 %5, 1
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %33, label %24

24:                                               ; preds = %16
  %25 = icmp slt i64 %2, 0
  br i1 %25, label %26, label %30

26:                                               ; preds = %24
  %27 = add nsw i64 %18, %2
  %28 = icmp slt i64 %27, 0
  %29 = select i1 %28, i64 %20, i64 %27
  br label %35

30:                                               ; preds = %24
  %31 = icmp sgt i64 %18, %2
  %32 = select i1 %31, i64 %2, i64 %21
  br label %35

33:                                               ; preds = %16
  %34 = select i1 %19, i64 %21, i64 %20
  br label %35

35:                                               ; preds = %33, %30, %26
  %36 = phi i64 [ %34, %33 ], [ %29, %26 ], [ %32, %30 ]
  %37 = and i32 %5, 2
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %48, label %39

39:                                               ; preds = %35
  %40 = icmp slt i64 %3, 0
  br i1 %40, label %41, label %45

41:                                               ; preds = %39
  %42 = add nsw i64 %18, %3
  %43 = icmp slt i64 %42, 0
  %44 = select i1 %43, i64 %20, i64 %42
  br label %50

45:                                               ; preds = %39
  %46 = icmp sgt i64 %18, %3
  %47 = select i1 %46, i64 %3, i64 %21
  br label %50

48:                                               ; preds = %35
  %49 = select i1 %19, i64 %20, i64 %21
  br label %50

50:                                               ; preds = %48, %45, %41
  %51 = phi i64 [ %49, %48 ], [ %44, %41 ], [ %47, %45 ]
  br i1 %19, label %52, label %60

52:                                               ; preds = %50
  %53 = icmp sgt i64 %36, %51
  br i1 %53, label %54, label %67

54:                                               ; preds = %52
  %55 = xor i64 %51, -1
  %56 = add i64 %36, %55
  %57 = sub i64 0, %4
  %58 = udiv i64 %56, %57
  %59 = add nsw i64 %58, 1
  br label %67

60:                                               ; preds = %50
  %61 = icmp sgt i64 %51, %36
  br i1 %61, label %62, label %67

62:                                               ; preds = %60
  %63 = xor i64 %36, -1
  %64 = add i64 %51, %63
  %65 = sdiv i64 %64, %4
  %66 = add nsw i64 %65, 1
  br label %67

67:                                               ; preds = %52, %54, %60, %62
  %68 = phi i64 [ %59, %54 ], [ 0, %52 ], [ %66, %62 ], [ 0, %60 ]
  %69 = getelementptr inbounds %struct.EmList, %struct.EmList* %6, i64 0, i32 0
  %70 = load i64, i64* %69, align 8, !tbaa !13
  %71 = icmp eq i64 %4, 1
  %72 = icmp eq i64 %70, %68
  %73 = select i1 %71, i1 true, i1 %72
  br i1 %73, label %77, label %74

74:                                               ; preds = %67
  %75 = getelementptr inbounds [128 x i8], [128 x i8]* %13, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %75) #37
  %76 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %75, i64 noundef 128, i8* noundef getelementptr inbounds ([71 x i8], [71 x i8]* @.str.52, i64 0, i64 0), i64 noundef %70, i64 noundef %68) #37
  call void @ember_fault(i32 noundef 4, i8* noundef nonnull %75, i8* noundef %9, i32 noundef %10, i32 noundef %11) #40
  unreachable

77:                                               ; preds = %67
  br i1 %72, label %83, label %78

78:                                               ; preds = %77
  %79 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %80 = load i64, i64* %79, align 8, !tbaa !15
  %81 = icmp slt i64 %80, 0
  br i1 %81, label %82, label %83

82:                                               ; preds = %78
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.102, i64 0, i64 0), i8* noundef %9, i32 noundef %10, i32 noundef %11) #38
  unreachable

83:                                               ; preds = %78, %77
  %84 = icmp eq i64 %70, 0
  br i1 %84, label %118, label %85

85:                                               ; preds = %83
  %86 = or i64 %70, %1
  %87 = icmp sgt i64 %86, -1
  br i1 %87, label %88, label %91

88:                                               ; preds = %85
  %89 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %70, i64 %1) #37
  %90 = extractvalue { i64, i1 } %89, 1
  br i1 %90, label %91, label %92

91:                                               ; preds = %88, %85
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

92:                                               ; preds = %88
  %93 = extractvalue { i64, i1 } %89, 0
  %94 = icmp sgt i64 %93, -1
  br i1 %94, label %95, label %100

95:                                               ; preds = %92
  %96 = icmp eq i64 %93, 0
  %97 = select i1 %96, i64 1, i64 %93
  %98 = tail call noalias i8* @malloc(i64 noundef %97) #37
  %99 = icmp eq i8* %98, null
  br i1 %99, label %100, label %101

100:                                              ; preds = %95, %92
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

101:                                              ; preds = %95
  %102 = icmp ugt i64 %93, 4095
  br i1 %102, label %103, label %104

103:                                              ; preds = %101
  tail call fastcc void @advise_big(i8* noundef nonnull %98, i64 noundef %93) #37
  br label %104

104:                                              ; preds = %103, %101
  %105 = getelementptr inbounds %struct.EmList, %struct.EmList* %6, i64 0, i32 2
  %106 = load i8*, i8** %105, align 8, !tbaa !16
  %107 = icmp eq void (i8*, i8*)* %7, null
  br i1 %107, label %110, label %108

108:                                              ; preds = %104
  %109 = icmp sgt i64 %70, 0
  br i1 %109, label %111, label %118

110:                                              ; preds = %104
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %98, i8* align 1 %106, i64 %93, i1 false) #37
  br label %118

111:                                              ; preds = %108, %111
  %112 = phi i64 [ %116, %111 ], [ 0, %108 ]
  %113 = mul nsw i64 %112, %1
  %114 = getelementptr inbounds i8, i8* %98, i64 %113
  %115 = getelementptr inbounds i8, i8* %106, i64 %113
  tail call void %7(i8* noundef nonnull %114, i8* noundef %115) #37
  %116 = add nuw nsw i64 %112, 1
  %117 = icmp eq i64 %116, %70
  br i1 %117, label %118, label %111, !llvm.loop !198

118:                                              ; preds = %111, %110, %108, %83
  %119 = phi i8* [ null, %83 ], [ %98, %108 ], [ %98, %110 ], [ %98, %111 ]
  br i1 %71, label %125, label %120

120:                                              ; preds = %118
  %121 = icmp sgt i64 %68, 0
  br i1 %121, label %122, label %187

122:                                              ; preds = %120
  %123 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %124 = icmp eq void (i8*)* %8, null
  br label %174

125:                                              ; preds = %118
  %126 = add i64 %68, %36
  %127 = icmp ne void (i8*)* %8, null
  %128 = icmp slt i64 %36, %126
  %129 = and i1 %127, %128
  br i1 %129, label %130, label %139

130:                                              ; preds = %125
  %131 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  br label %132

132:                                              ; preds = %132, %130
  %133 = phi i64 [ %36, %130 ], [ %137, %132 ]
  %134 = load i8*, i8** %131, align 8, !tbaa !16
  %135 = mul nsw i64 %133, %1
  %136 = getelementptr inbounds i8, i8* %134, i64 %135
  tail call void %8(i8* noundef %136) #37
  %137 = add i64 %133, 1
  %138 = icmp eq i64 %137, %126
  br i1 %138, label %139, label %132, !llvm.loop !197

139:                                              ; preds = %132, %125
  %140 = icmp sgt i64 %70, %68
  br i1 %140, label %141, label %154

141:                                              ; preds = %139
  %142 = load i64, i64* %17, align 8, !tbaa !13
  %143 = sub i64 %70, %68
  %144 = add i64 %143, %142
  %145 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %146 = load i64, i64* %145, align 8, !tbaa !15
  %147 = icmp slt i64 %146, %144
  br i1 %147, label %148, label %154

148:                                              ; preds = %141
  %149 = shl nsw i64 %146, 1
  %150 = icmp sgt i64 %149, 4
  %151 = select i1 %150, i64 %149, i64 4
  %152 = icmp slt i64 %151, %144
  %153 = select i1 %152, i64 %144, i64 %151
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %1, i64 noundef %153) #37
  br label %154

154:                                              ; preds = %148, %141, %139
  %155 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %156 = load i8*, i8** %155, align 8, !tbaa !16
  %157 = add nsw i64 %70, %36
  %158 = mul nsw i64 %157, %1
  %159 = getelementptr inbounds i8, i8* %156, i64 %158
  %160 = mul nsw i64 %126, %1
  %161 = getelementptr inbounds i8, i8* %156, i64 %160
  %162 = load i64, i64* %17, align 8, !tbaa !13
  %163 = sub i64 %162, %126
  %164 = mul nsw i64 %163, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %159, i8* align 1 %161, i64 %164, i1 false)
  br i1 %84, label %170, label %165

165:                                              ; preds = %154
  %166 = load i8*, i8** %155, align 8, !tbaa !16
  %167 = mul nsw i64 %36, %1
  %168 = getelementptr inbounds i8, i8* %166, i64 %167
  %169 = mul nsw i64 %70, %1
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %168, i8* align 1 %119, i64 %169, i1 false)
  br label %170

170:                                              ; preds = %165, %154
  %171 = sub i64 %70, %68
  %172 = load i64, i64* %17, align 8, !tbaa !13
  %173 = add nsw i64 %171, %172
  store i64 %173, i64* %17, align 8, !tbaa !13
  br label %187

174:                                              ; preds = %122, %182
  %175 = phi i64 [ 0, %122 ], [ %185, %182 ]
  %176 = load i8*, i8** %123, align 8, !tbaa !16
  %177 = mul nsw i64 %175, %4
  %178 = add nsw i64 %177, %36
  %179 = mul nsw i64 %178, %1
  %180 = getelementptr inbounds i8, i8* %176, i64 %179
  br i1 %124, label %182, label %181

181:                                              ; preds = %174
  tail call void %8(i8* noundef %180) #37
  br label %182

182:                                              ; preds = %181, %174
  %183 = mul nsw i64 %175, %1
  %184 = getelementptr inbounds i8, i8* %119, i64 %183
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %180, i8* align 1 %184, i64 %1, i1 false)
  %185 = add nuw nsw i64 %175, 1
  %186 = icmp eq i64 %185, %68
  br i1 %186, label %187, label %174, !llvm.loop !199

187:                                              ; preds = %182, %120, %170
  tail call void @free(i8* noundef %119) #37
  ret void
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_slice(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i32 noundef %5, void (i8*, i8*)* noundef readonly %6) local_unnamed_addr #0 {
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !13
  %10 = icmp eq i64 %4, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.51, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %7
  %13 = icmp slt i64 %4, 0
  %14 = ashr i64 %4, 63
  %15 = add nsw i64 %9, %14
  %16 = and i32 %5, 1
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %27, label %18

18:                                               ; preds = %12
  %19 = icmp slt i64 %2, 0
  br i1 %19, label %20, label %24

20:                                               ; preds = %18
  %21 = add nsw i64 %9, %2
  %22 = icmp slt i64 %21, 0
  %23 = select i1 %22, i64 %14, i64 %21
  br label %29

24:                                               ; preds = %18
  %25 = icmp sgt i64 %9, %2
  %26 = select i1 %25, i64 %2, i64 %15
  br label %29

27:                                               ; preds = %12
  %28 = select i1 %13, i64 %15, i64 %14
  br label %29

29:                                               ; preds = %27, %24, %20
  %30 = phi i64 [ %28, %27 ], [ %23, %20 ], [ %26, %24 ]
  %31 = and i32 %5, 2
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %42, label %33

33:                                               ; preds = %29
  %34 = icmp slt i64 %3, 0
  br i1 %34, label %35, label %39

35:                                               ; preds = %33
  %36 = add nsw i64 %9, %3
  %37 = icmp slt i64 %36, 0
  %38 = select i1 %37, i64 %14, i64 %36
  br label %44

39:                                               ; preds = %33
  %40 = icmp sgt i64 %9, %3
  %41 = select i1 %40, i64 %3, i64 %15
  br label %44

42:                                               ; preds = %29
  %43 = select i1 %13, i64 %14, i64 %15
  br label %44

44:                                               ; preds = %42, %39, %35
  %45 = phi i64 [ %43, %42 ], [ %38, %35 ], [ %41, %39 ]
  br i1 %13, label %46, label %54

46:                                               ; preds = %44
  %47 = icmp sgt i64 %30, %45
  br i1 %47, label %48, label %61

48:                                               ; preds = %46
  %49 = xor i64 %45, -1
  %50 = add i64 %30, %49
  %51 = sub i64 0, %4
  %52 = udiv i64 %50, %51
  %53 = add nsw i64 %52, 1
  br label %61

54:                                               ; preds = %44
  %55 = icmp sgt i64 %45, %30
  br i1 %55, label %56, label %61

56:                                               ; preds = %54
  %57 = xor i64 %30, -1
  %58 = add i64 %45, %57
  %59 = sdiv i64 %58, %4
  %60 = add nsw i64 %59, 1
  br label %61

61:                                               ; preds = %46, %48, %54, %56
  %62 = phi i64 [ %53, %48 ], [ 0, %46 ], [ %60, %56 ], [ 0, %54 ]
  %63 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %64 = icmp eq i8* %63, null
  br i1 %64, label %65, label %66

65:                                               ; preds = %61
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

66:                                               ; preds = %61
  %67 = bitcast i8* %63 to i64*
  store i64 0, i64* %67, align 8, !tbaa !13
  %68 = icmp sgt i64 %62, 0
  %69 = select i1 %68, i64 %62, i64 0
  %70 = getelementptr inbounds i8, i8* %63, i64 8
  %71 = bitcast i8* %70 to i64*
  store i64 %69, i64* %71, align 8, !tbaa !15
  br i1 %68, label %72, label %85

72:                                               ; preds = %66
  %73 = icmp sgt i64 %1, -1
  br i1 %73, label %74, label %77

74:                                               ; preds = %72
  %75 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %69, i64 %1) #37
  %76 = extractvalue { i64, i1 } %75, 1
  br i1 %76, label %77, label %78

77:                                               ; preds = %74, %72
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

78:                                               ; preds = %74
  %79 = extractvalue { i64, i1 } %75, 0
  %80 = tail call fastcc i8* @list_storage(i64 noundef %79) #37
  %81 = getelementptr inbounds i8, i8* %63, i64 16
  %82 = bitcast i8* %81 to i8**
  store i8* %80, i8** %82, align 8, !tbaa !16
  %83 = icmp eq i64 %4, 1
  %84 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  br i1 %83, label %91, label %89

85:                                               ; preds = %66
  %86 = getelementptr inbounds i8, i8* %63, i64 16
  %87 = bitcast i8* %86 to i8**
  store i8* null, i8** %87, align 8, !tbaa !16
  %88 = icmp eq i64 %4, 1
  br i1 %88, label %96, label %128

89:                                               ; preds = %78
  %90 = icmp eq void (i8*, i8*)* %6, null
  br label %114

91:                                               ; preds = %78
  %92 = load i8*, i8** %84, align 8, !tbaa !16
  %93 = mul nsw i64 %30, %1
  %94 = getelementptr inbounds i8, i8* %92, i64 %93
  %95 = icmp eq void (i8*, i8*)* %6, null
  br i1 %95, label %103, label %102

96:                                               ; preds = %85
  %97 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %98 = load i8*, i8** %97, align 8, !tbaa !16
  %99 = mul nsw i64 %30, %1
  %100 = getelementptr inbounds i8, i8* %98, i64 %99
  %101 = icmp eq void (i8*, i8*)* %6, null
  br i1 %101, label %103, label %128

102:                                              ; preds = %91
  br i1 %68, label %107, label %128

103:                                              ; preds = %96, %91
  %104 = phi i8* [ %100, %96 ], [ %94, %91 ]
  %105 = phi i8* [ null, %96 ], [ %80, %91 ]
  %106 = mul nsw i64 %62, %1
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %105, i8* align 1 %104, i64 %106, i1 false) #37
  br label %128

107:                                              ; preds = %102, %107
  %108 = phi i64 [ %112, %107 ], [ 0, %102 ]
  %109 = mul nsw i64 %108, %1
  %110 = getelementptr inbounds i8, i8* %80, i64 %109
  %111 = getelementptr inbounds i8, i8* %94, i64 %109
  tail call void %6(i8* noundef %110, i8* noundef %111) #37
  %112 = add nuw nsw i64 %108, 1
  %113 = icmp eq i64 %112, %62
  br i1 %113, label %128, label %107, !llvm.loop !198

114:                                              ; preds = %89, %125
  %115 = phi i64 [ 0, %89 ], [ %126, %125 ]
  %116 = mul nsw i64 %115, %1
  %117 = getelementptr inbounds i8, i8* %80, i64 %116
  %118 = load i8*, i8** %84, align 8, !tbaa !16
  %119 = mul nsw i64 %115, %4
  %120 = add nsw i64 %119, %30
  %121 = mul nsw i64 %120, %1
  %122 = getelementptr inbounds i8, i8* %118, i64 %121
  br i1 %90, label %124, label %123

123:                                              ; preds = %114
  tail call void %6(i8* noundef %117, i8* noundef %122) #37
  br label %125

124:                                              ; preds = %114
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %117, i8* align 1 %122, i64 %1, i1 false) #37
  br label %125

125:                                              ; preds = %123, %124
  %126 = add nuw nsw i64 %115, 1
  %127 = icmp eq i64 %126, %62
  br i1 %127, label %128, label %114, !llvm.loop !200

128:                                              ; preds = %125, %107, %96, %85, %103, %102
  %129 = bitcast i8* %63 to %struct.EmList*
  %130 = getelementptr inbounds %struct.EmList, %struct.EmList* %129, i64 0, i32 0
  store i64 %62, i64* %130, align 8, !tbaa !13
  ret %struct.EmList* %129
}

; Function Attrs: nounwind
define void @ember_list_extend(%struct.EmList* nocapture noundef %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, void (i8*, i8*)* noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !13
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %31, label %8

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %10 = load i64, i64* %9, align 8, !tbaa !13
  %11 = add nsw i64 %10, %6
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %13 = load i64, i64* %12, align 8, !tbaa !15
  %14 = icmp slt i64 %13, %11
  br i1 %14, label %15, label %22

15:                                               ; preds = %8
  %16 = shl nsw i64 %13, 1
  %17 = icmp sgt i64 %16, 4
  %18 = select i1 %17, i64 %16, i64 4
  %19 = icmp slt i64 %18, %11
  %20 = select i1 %19, i64 %11, i64 %18
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %2, i64 noundef %20) #37
  %21 = load i64, i64* %9, align 8, !tbaa !13
  br label %22

22:                                               ; preds = %15, %8
  %23 = phi i64 [ %21, %15 ], [ %10, %8 ]
  %24 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %25 = load i8*, i8** %24, align 8, !tbaa !16
  %26 = mul nsw i64 %23, %2
  %27 = getelementptr inbounds i8, i8* %25, i64 %26
  %28 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %29 = load i8*, i8** %28, align 8, !tbaa !16
  %30 = icmp eq void (i8*, i8*)* %3, null
  br i1 %30, label %43, label %41

31:                                               ; preds = %4
  %32 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %33 = load i8*, i8** %32, align 8, !tbaa !16
  %34 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %35 = load i64, i64* %34, align 8, !tbaa !13
  %36 = mul nsw i64 %35, %2
  %37 = getelementptr inbounds i8, i8* %33, i64 %36
  %38 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %39 = load i8*, i8** %38, align 8, !tbaa !16
  %40 = icmp eq void (i8*, i8*)* %3, null
  br i1 %40, label %43, label %54

41:                                               ; preds = %22
  %42 = icmp sgt i64 %6, 0
  br i1 %42, label %47, label %54

43:                                               ; preds = %31, %22
  %44 = phi i8* [ %39, %31 ], [ %29, %22 ]
  %45 = phi i8* [ %37, %31 ], [ %27, %22 ]
  %46 = mul nsw i64 %6, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %45, i8* align 1 %44, i64 %46, i1 false) #37
  br label %54

47:                                               ; preds = %41, %47
  %48 = phi i64 [ %52, %47 ], [ 0, %41 ]
  %49 = mul nsw i64 %48, %2
  %50 = getelementptr inbounds i8, i8* %27, i64 %49
  %51 = getelementptr inbounds i8, i8* %29, i64 %49
  tail call void %3(i8* noundef %50, i8* noundef %51) #37
  %52 = add nuw nsw i64 %48, 1
  %53 = icmp eq i64 %52, %6
  br i1 %53, label %54, label %47, !llvm.loop !198

54:                                               ; preds = %47, %31, %41, %43
  %55 = getelementptr %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %56 = load i64, i64* %55, align 8, !tbaa !13
  %57 = add nsw i64 %56, %6
  store i64 %57, i64* %55, align 8, !tbaa !13
  ret void
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_concat(%struct.EmList* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, void (i8*, i8*)* noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !13
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !13
  %9 = add nsw i64 %8, %6
  %10 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %11 = icmp eq i8* %10, null
  br i1 %11, label %12, label %13

12:                                               ; preds = %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

13:                                               ; preds = %4
  %14 = bitcast i8* %10 to i64*
  store i64 0, i64* %14, align 8, !tbaa !13
  %15 = icmp sgt i64 %9, 0
  %16 = select i1 %15, i64 %9, i64 0
  %17 = getelementptr inbounds i8, i8* %10, i64 8
  %18 = bitcast i8* %17 to i64*
  store i64 %16, i64* %18, align 8, !tbaa !15
  br i1 %15, label %19, label %29

19:                                               ; preds = %13
  %20 = icmp sgt i64 %2, -1
  br i1 %20, label %21, label %24

21:                                               ; preds = %19
  %22 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %16, i64 %2) #37
  %23 = extractvalue { i64, i1 } %22, 1
  br i1 %23, label %24, label %25

24:                                               ; preds = %21, %19
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

25:                                               ; preds = %21
  %26 = extractvalue { i64, i1 } %22, 0
  %27 = tail call fastcc i8* @list_storage(i64 noundef %26) #37
  %28 = load i64, i64* %5, align 8, !tbaa !13
  br label %29

29:                                               ; preds = %13, %25
  %30 = phi i64 [ %28, %25 ], [ %6, %13 ]
  %31 = phi i8* [ %27, %25 ], [ null, %13 ]
  %32 = bitcast i8* %10 to %struct.EmList*
  %33 = getelementptr inbounds i8, i8* %10, i64 16
  %34 = bitcast i8* %33 to i8**
  store i8* %31, i8** %34, align 8, !tbaa !16
  %35 = icmp eq i64 %30, 0
  br i1 %35, label %56, label %36

36:                                               ; preds = %29
  %37 = icmp slt i64 %16, %30
  br i1 %37, label %38, label %48

38:                                               ; preds = %36
  %39 = getelementptr inbounds %struct.EmList, %struct.EmList* %32, i64 0, i32 0
  %40 = shl nuw nsw i64 %16, 1
  %41 = icmp ugt i64 %40, 4
  %42 = select i1 %41, i64 %40, i64 4
  %43 = icmp slt i64 %42, %30
  %44 = select i1 %43, i64 %30, i64 %42
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %32, i64 noundef %2, i64 noundef %44) #37
  %45 = load i64, i64* %39, align 8, !tbaa !13
  %46 = getelementptr inbounds %struct.EmList, %struct.EmList* %32, i64 0, i32 2
  %47 = load i8*, i8** %46, align 8, !tbaa !16
  br label %48

48:                                               ; preds = %38, %36
  %49 = phi i8* [ %47, %38 ], [ %31, %36 ]
  %50 = phi i64 [ %45, %38 ], [ 0, %36 ]
  %51 = mul nsw i64 %50, %2
  %52 = getelementptr inbounds i8, i8* %49, i64 %51
  %53 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %54 = load i8*, i8** %53, align 8, !tbaa !16
  %55 = icmp eq void (i8*, i8*)* %3, null
  br i1 %55, label %62, label %60

56:                                               ; preds = %29
  %57 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %58 = load i8*, i8** %57, align 8, !tbaa !16
  %59 = icmp eq void (i8*, i8*)* %3, null
  br i1 %59, label %62, label %75

60:                                               ; preds = %48
  %61 = icmp sgt i64 %30, 0
  br i1 %61, label %68, label %75

62:                                               ; preds = %56, %48
  %63 = phi i8* [ %58, %56 ], [ %54, %48 ]
  %64 = phi i8* [ %31, %56 ], [ %52, %48 ]
  %65 = mul nsw i64 %30, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %64, i8* align 1 %63, i64 %65, i1 false) #37
  %66 = getelementptr %struct.EmList, %struct.EmList* %32, i64 0, i32 0
  %67 = load i64, i64* %66, align 8, !tbaa !13
  br label %75

68:                                               ; preds = %60, %68
  %69 = phi i64 [ %73, %68 ], [ 0, %60 ]
  %70 = mul nsw i64 %69, %2
  %71 = getelementptr inbounds i8, i8* %52, i64 %70
  %72 = getelementptr inbounds i8, i8* %54, i64 %70
  tail call void %3(i8* noundef %71, i8* noundef %72) #37
  %73 = add nuw nsw i64 %69, 1
  %74 = icmp eq i64 %73, %30
  br i1 %74, label %75, label %68, !llvm.loop !198

75:                                               ; preds = %68, %56, %60, %62
  %76 = phi i64 [ 0, %56 ], [ %50, %60 ], [ %67, %62 ], [ %50, %68 ]
  %77 = getelementptr %struct.EmList, %struct.EmList* %32, i64 0, i32 0
  %78 = add nsw i64 %76, %30
  store i64 %78, i64* %77, align 8, !tbaa !13
  %79 = load i64, i64* %7, align 8, !tbaa !13
  %80 = icmp eq i64 %79, 0
  br i1 %80, label %102, label %81

81:                                               ; preds = %75
  %82 = add nsw i64 %79, %78
  %83 = getelementptr inbounds %struct.EmList, %struct.EmList* %32, i64 0, i32 1
  %84 = load i64, i64* %83, align 8, !tbaa !15
  %85 = icmp slt i64 %84, %82
  br i1 %85, label %86, label %93

86:                                               ; preds = %81
  %87 = shl nsw i64 %84, 1
  %88 = icmp sgt i64 %87, 4
  %89 = select i1 %88, i64 %87, i64 4
  %90 = icmp slt i64 %89, %82
  %91 = select i1 %90, i64 %82, i64 %89
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %32, i64 noundef %2, i64 noundef %91) #37
  %92 = load i64, i64* %77, align 8, !tbaa !13
  br label %93

93:                                               ; preds = %86, %81
  %94 = phi i64 [ %92, %86 ], [ %78, %81 ]
  %95 = getelementptr inbounds %struct.EmList, %struct.EmList* %32, i64 0, i32 2
  %96 = load i8*, i8** %95, align 8, !tbaa !16
  %97 = mul nsw i64 %94, %2
  %98 = getelementptr inbounds i8, i8* %96, i64 %97
  %99 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %100 = load i8*, i8** %99, align 8, !tbaa !16
  %101 = icmp eq void (i8*, i8*)* %3, null
  br i1 %101, label %112, label %110

102:                                              ; preds = %75
  %103 = getelementptr inbounds %struct.EmList, %struct.EmList* %32, i64 0, i32 2
  %104 = load i8*, i8** %103, align 8, !tbaa !16
  %105 = mul nsw i64 %78, %2
  %106 = getelementptr inbounds i8, i8* %104, i64 %105
  %107 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %108 = load i8*, i8** %107, align 8, !tbaa !16
  %109 = icmp eq void (i8*, i8*)* %3, null
  br i1 %109, label %112, label %124

110:                                              ; preds = %93
  %111 = icmp sgt i64 %79, 0
  br i1 %111, label %117, label %124

112:                                              ; preds = %102, %93
  %113 = phi i64 [ %78, %102 ], [ %94, %93 ]
  %114 = phi i8* [ %108, %102 ], [ %100, %93 ]
  %115 = phi i8* [ %106, %102 ], [ %98, %93 ]
  %116 = mul nsw i64 %79, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %115, i8* align 1 %114, i64 %116, i1 false) #37
  br label %124

117:                                              ; preds = %110, %117
  %118 = phi i64 [ %122, %117 ], [ 0, %110 ]
  %119 = mul nsw i64 %118, %2
  %120 = getelementptr inbounds i8, i8* %98, i64 %119
  %121 = getelementptr inbounds i8, i8* %100, i64 %119
  tail call void %3(i8* noundef %120, i8* noundef %121) #37
  %122 = add nuw nsw i64 %118, 1
  %123 = icmp eq i64 %122, %79
  br i1 %123, label %124, label %117, !llvm.loop !198

124:                                              ; preds = %117, %102, %110, %112
  %125 = phi i64 [ %78, %102 ], [ %94, %110 ], [ %113, %112 ], [ %94, %117 ]
  %126 = add nsw i64 %125, %79
  store i64 %126, i64* %77, align 8, !tbaa !13
  ret %struct.EmList* %32
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_repeat(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, void (i8*, i8*)* noundef readonly %3) local_unnamed_addr #0 {
  %5 = icmp sgt i64 %1, 0
  %6 = select i1 %5, i64 %1, i64 0
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !13
  %9 = icmp sgt i64 %8, -1
  br i1 %9, label %10, label %13

10:                                               ; preds = %4
  %11 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %8, i64 %6) #37
  %12 = extractvalue { i64, i1 } %11, 1
  br i1 %12, label %13, label %14

13:                                               ; preds = %10, %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

14:                                               ; preds = %10
  %15 = extractvalue { i64, i1 } %11, 0
  %16 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %17 = icmp eq i8* %16, null
  br i1 %17, label %18, label %19

18:                                               ; preds = %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

19:                                               ; preds = %14
  %20 = bitcast i8* %16 to i64*
  store i64 0, i64* %20, align 8, !tbaa !13
  %21 = icmp sgt i64 %15, 0
  %22 = select i1 %21, i64 %15, i64 0
  %23 = getelementptr inbounds i8, i8* %16, i64 8
  %24 = bitcast i8* %23 to i64*
  store i64 %22, i64* %24, align 8, !tbaa !15
  br i1 %21, label %25, label %34

25:                                               ; preds = %19
  %26 = icmp sgt i64 %2, -1
  br i1 %26, label %27, label %30

27:                                               ; preds = %25
  %28 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %22, i64 %2) #37
  %29 = extractvalue { i64, i1 } %28, 1
  br i1 %29, label %30, label %31

30:                                               ; preds = %27, %25
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

31:                                               ; preds = %27
  %32 = extractvalue { i64, i1 } %28, 0
  %33 = tail call fastcc i8* @list_storage(i64 noundef %32) #37
  br label %34

34:                                               ; preds = %19, %31
  %35 = phi i8* [ %33, %31 ], [ null, %19 ]
  %36 = bitcast i8* %16 to %struct.EmList*
  %37 = getelementptr inbounds i8, i8* %16, i64 16
  %38 = bitcast i8* %37 to i8**
  store i8* %35, i8** %38, align 8, !tbaa !16
  br i1 %5, label %39, label %45

39:                                               ; preds = %34
  %40 = getelementptr %struct.EmList, %struct.EmList* %36, i64 0, i32 0
  %41 = getelementptr inbounds %struct.EmList, %struct.EmList* %36, i64 0, i32 1
  %42 = getelementptr inbounds %struct.EmList, %struct.EmList* %36, i64 0, i32 2
  %43 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %44 = icmp eq void (i8*, i8*)* %3, null
  br label %46

45:                                               ; preds = %90, %34
  ret %struct.EmList* %36

46:                                               ; preds = %39, %90
  %47 = phi i8* [ %35, %39 ], [ %92, %90 ]
  %48 = phi i64 [ 0, %39 ], [ %93, %90 ]
  %49 = phi i64 [ 0, %39 ], [ %94, %90 ]
  %50 = load i64, i64* %7, align 8, !tbaa !13
  %51 = icmp eq i64 %50, 0
  br i1 %51, label %70, label %52

52:                                               ; preds = %46
  %53 = add nsw i64 %48, %50
  %54 = load i64, i64* %41, align 8, !tbaa !15
  %55 = icmp slt i64 %54, %53
  br i1 %55, label %56, label %64

56:                                               ; preds = %52
  %57 = shl nsw i64 %54, 1
  %58 = icmp sgt i64 %57, 4
  %59 = select i1 %58, i64 %57, i64 4
  %60 = icmp slt i64 %59, %53
  %61 = select i1 %60, i64 %53, i64 %59
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %36, i64 noundef %2, i64 noundef %61) #37
  %62 = load i64, i64* %40, align 8, !tbaa !13
  %63 = load i8*, i8** %42, align 8, !tbaa !16
  br label %64

64:                                               ; preds = %56, %52
  %65 = phi i8* [ %63, %56 ], [ %47, %52 ]
  %66 = phi i64 [ %62, %56 ], [ %48, %52 ]
  %67 = mul nsw i64 %66, %2
  %68 = getelementptr inbounds i8, i8* %65, i64 %67
  %69 = load i8*, i8** %43, align 8, !tbaa !16
  br i1 %44, label %77, label %75

70:                                               ; preds = %46
  %71 = load i8*, i8** %42, align 8, !tbaa !16
  %72 = mul nsw i64 %48, %2
  %73 = getelementptr inbounds i8, i8* %71, i64 %72
  %74 = load i8*, i8** %43, align 8, !tbaa !16
  br i1 %44, label %77, label %90

75:                                               ; preds = %64
  %76 = icmp sgt i64 %50, 0
  br i1 %76, label %83, label %90

77:                                               ; preds = %70, %64
  %78 = phi i8* [ %71, %70 ], [ %65, %64 ]
  %79 = phi i8* [ %74, %70 ], [ %69, %64 ]
  %80 = phi i8* [ %73, %70 ], [ %68, %64 ]
  %81 = mul nsw i64 %50, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %80, i8* align 1 %79, i64 %81, i1 false) #37
  %82 = load i64, i64* %40, align 8, !tbaa !13
  br label %90

83:                                               ; preds = %75, %83
  %84 = phi i64 [ %88, %83 ], [ 0, %75 ]
  %85 = mul nsw i64 %84, %2
  %86 = getelementptr inbounds i8, i8* %68, i64 %85
  %87 = getelementptr inbounds i8, i8* %69, i64 %85
  tail call void %3(i8* noundef %86, i8* noundef %87) #37
  %88 = add nuw nsw i64 %84, 1
  %89 = icmp eq i64 %88, %50
  br i1 %89, label %90, label %83, !llvm.loop !198

90:                                               ; preds = %83, %70, %75, %77
  %91 = phi i64 [ %48, %70 ], [ %66, %75 ], [ %82, %77 ], [ %66, %83 ]
  %92 = phi i8* [ %71, %70 ], [ %65, %75 ], [ %78, %77 ], [ %65, %83 ]
  %93 = add nsw i64 %91, %50
  store i64 %93, i64* %40, align 8, !tbaa !13
  %94 = add nuw nsw i64 %49, 1
  %95 = icmp eq i64 %94, %6
  br i1 %95, label %45, label %46, !llvm.loop !201
}

; Function Attrs: nounwind
define void @ember_list_extend_move(%struct.EmList* nocapture noundef %0, %struct.EmList* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq %struct.EmList* %1, null
  br i1 %4, label %69, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !13
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %14, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %11 = load i64, i64* %10, align 8, !tbaa !15
  %12 = icmp slt i64 %11, 0
  br i1 %12, label %13, label %14

13:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.102, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

14:                                               ; preds = %9, %5
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %16 = load i64, i64* %15, align 8, !tbaa !13
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %21, label %18

18:                                               ; preds = %14
  %19 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %20 = load i64, i64* %19, align 8, !tbaa !15
  br label %37

21:                                               ; preds = %14
  %22 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 1
  %23 = load i64, i64* %22, align 8, !tbaa !15
  %24 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %25 = load i64, i64* %24, align 8, !tbaa !15
  %26 = icmp sge i64 %23, %25
  %27 = icmp sgt i64 %25, -1
  %28 = and i1 %26, %27
  br i1 %28, label %29, label %37

29:                                               ; preds = %21
  %30 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %31 = load i8*, i8** %30, align 8, !tbaa !16
  tail call void @free(i8* noundef %31) #37
  %32 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %33 = load i8*, i8** %32, align 8, !tbaa !16
  store i8* %33, i8** %30, align 8, !tbaa !16
  %34 = bitcast %struct.EmList* %1 to <2 x i64>*
  %35 = load <2 x i64>, <2 x i64>* %34, align 8, !tbaa !11
  %36 = bitcast %struct.EmList* %0 to <2 x i64>*
  store <2 x i64> %35, <2 x i64>* %36, align 8, !tbaa !11
  br label %67

37:                                               ; preds = %18, %21
  %38 = phi i64 [ %20, %18 ], [ %25, %21 ]
  %39 = add nsw i64 %16, %7
  %40 = icmp slt i64 %38, %39
  br i1 %40, label %41, label %48

41:                                               ; preds = %37
  %42 = shl nsw i64 %38, 1
  %43 = icmp sgt i64 %42, 4
  %44 = select i1 %43, i64 %42, i64 4
  %45 = icmp slt i64 %44, %39
  %46 = select i1 %45, i64 %39, i64 %44
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %2, i64 noundef %46) #37
  %47 = load i64, i64* %6, align 8, !tbaa !13
  br label %48

48:                                               ; preds = %37, %41
  %49 = phi i64 [ %7, %37 ], [ %47, %41 ]
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %61, label %51

51:                                               ; preds = %48
  %52 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %53 = load i8*, i8** %52, align 8, !tbaa !16
  %54 = load i64, i64* %15, align 8, !tbaa !13
  %55 = mul nsw i64 %54, %2
  %56 = getelementptr inbounds i8, i8* %53, i64 %55
  %57 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %58 = load i8*, i8** %57, align 8, !tbaa !16
  %59 = mul nsw i64 %49, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %56, i8* align 1 %58, i64 %59, i1 false)
  %60 = load i64, i64* %6, align 8, !tbaa !13
  br label %61

61:                                               ; preds = %51, %48
  %62 = phi i64 [ %60, %51 ], [ 0, %48 ]
  %63 = load i64, i64* %15, align 8, !tbaa !13
  %64 = add nsw i64 %63, %62
  store i64 %64, i64* %15, align 8, !tbaa !13
  %65 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %66 = load i8*, i8** %65, align 8, !tbaa !16
  tail call void @free(i8* noundef %66) #37
  br label %67

67:                                               ; preds = %61, %29
  %68 = bitcast %struct.EmList* %1 to i8*
  tail call void @free(i8* noundef %68) #37
  br label %69

69:                                               ; preds = %3, %67
  ret void
}

; Function Attrs: nounwind
define void @ember_list_clear(%struct.EmList* nocapture noundef %0, i64 noundef %1, void (i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !13
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %25, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !15
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.102, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

12:                                               ; preds = %7
  %13 = icmp ne void (i8*)* %2, null
  %14 = icmp sgt i64 %5, 0
  %15 = and i1 %13, %14
  br i1 %15, label %16, label %25

16:                                               ; preds = %12
  %17 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i64 [ 0, %16 ], [ %23, %18 ]
  %20 = load i8*, i8** %17, align 8, !tbaa !16
  %21 = mul nsw i64 %19, %1
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  tail call void %2(i8* noundef %22) #37
  %23 = add nuw nsw i64 %19, 1
  %24 = icmp eq i64 %23, %5
  br i1 %24, label %25, label %18, !llvm.loop !197

25:                                               ; preds = %18, %3, %12
  store i64 0, i64* %4, align 8, !tbaa !13
  ret void
}

; Function Attrs: nounwind
define i64 @ember_list_find(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i8* noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !13
  %8 = icmp sgt i64 %7, 0
  br i1 %8, label %9, label %20

9:                                                ; preds = %4, %16
  %10 = phi i64 [ %17, %16 ], [ 0, %4 ]
  %11 = load i8*, i8** %5, align 8, !tbaa !16
  %12 = mul nsw i64 %10, %1
  %13 = getelementptr inbounds i8, i8* %11, i64 %12
  %14 = tail call i32 %3(i8* noundef %13, i8* noundef %2) #37
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %20

16:                                               ; preds = %9
  %17 = add nuw nsw i64 %10, 1
  %18 = load i64, i64* %6, align 8, !tbaa !13
  %19 = icmp slt i64 %17, %18
  br i1 %19, label %9, label %20, !llvm.loop !202

20:                                               ; preds = %16, %9, %4
  %21 = phi i64 [ -1, %4 ], [ %10, %9 ], [ -1, %16 ]
  ret i64 %21
}

; Function Attrs: nounwind
define i64 @ember_list_count(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i8* noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !13
  %7 = icmp sgt i64 %6, 0
  br i1 %7, label %8, label %10

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  br label %12

10:                                               ; preds = %12, %4
  %11 = phi i64 [ 0, %4 ], [ %21, %12 ]
  ret i64 %11

12:                                               ; preds = %8, %12
  %13 = phi i64 [ 0, %8 ], [ %22, %12 ]
  %14 = phi i64 [ 0, %8 ], [ %21, %12 ]
  %15 = load i8*, i8** %9, align 8, !tbaa !16
  %16 = mul nsw i64 %13, %1
  %17 = getelementptr inbounds i8, i8* %15, i64 %16
  %18 = tail call i32 %3(i8* noundef %17, i8* noundef %2) #37
  %19 = icmp ne i32 %18, 0
  %20 = zext i1 %19 to i64
  %21 = add nuw nsw i64 %14, %20
  %22 = add nuw nsw i64 %13, 1
  %23 = load i64, i64* %5, align 8, !tbaa !13
  %24 = icmp slt i64 %22, %23
  br i1 %24, label %12, label %10, !llvm.loop !203
}

; Function Attrs: nounwind
define void @ember_list_remove(%struct.EmList* nocapture noundef %0, i64 noundef %1, i8* noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3, void (i8*)* noundef readonly %4, i8* noundef %5, i32 noundef %6, i32 noundef %7) local_unnamed_addr #0 {
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %10 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %11 = load i64, i64* %10, align 8, !tbaa !13
  %12 = icmp sgt i64 %11, 0
  br i1 %12, label %13, label %24

13:                                               ; preds = %8, %20
  %14 = phi i64 [ %21, %20 ], [ 0, %8 ]
  %15 = load i8*, i8** %9, align 8, !tbaa !16
  %16 = mul nsw i64 %14, %1
  %17 = getelementptr inbounds i8, i8* %15, i64 %16
  %18 = tail call i32 %3(i8* noundef %17, i8* noundef %2) #37
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = add nuw nsw i64 %14, 1
  %22 = load i64, i64* %10, align 8, !tbaa !13
  %23 = icmp slt i64 %21, %22
  br i1 %23, label %13, label %24, !llvm.loop !202

24:                                               ; preds = %20, %8
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.53, i64 0, i64 0), i8* noundef %5, i32 noundef %6, i32 noundef %7) #40
  unreachable

25:                                               ; preds = %13
  %26 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %27 = load i64, i64* %26, align 8, !tbaa !15
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %25
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.102, i64 0, i64 0), i8* noundef %5, i32 noundef %6, i32 noundef %7) #38
  unreachable

30:                                               ; preds = %25
  %31 = icmp eq void (i8*)* %4, null
  br i1 %31, label %35, label %32

32:                                               ; preds = %30
  %33 = load i8*, i8** %9, align 8, !tbaa !16
  %34 = getelementptr inbounds i8, i8* %33, i64 %16
  tail call void %4(i8* noundef %34) #37
  br label %35

35:                                               ; preds = %32, %30
  %36 = load i8*, i8** %9, align 8, !tbaa !16
  %37 = getelementptr inbounds i8, i8* %36, i64 %16
  %38 = getelementptr inbounds i8, i8* %37, i64 %1
  %39 = load i64, i64* %10, align 8, !tbaa !13
  %40 = xor i64 %14, -1
  %41 = add i64 %39, %40
  %42 = mul nsw i64 %41, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %37, i8* align 1 %38, i64 %42, i1 false)
  %43 = load i64, i64* %10, align 8, !tbaa !13
  %44 = add nsw i64 %43, -1
  store i64 %44, i64* %10, align 8, !tbaa !13
  ret void
}

; Function Attrs: nounwind
define i32 @ember_list_eq(%struct.EmList* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !13
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !13
  %9 = icmp eq i64 %6, %8
  br i1 %9, label %10, label %28

10:                                               ; preds = %4
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %12 = icmp sgt i64 %6, 0
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  br label %18

15:                                               ; preds = %18
  %16 = load i64, i64* %5, align 8, !tbaa !13
  %17 = icmp slt i64 %27, %16
  br i1 %17, label %18, label %28, !llvm.loop !204

18:                                               ; preds = %13, %15
  %19 = phi i64 [ 0, %13 ], [ %27, %15 ]
  %20 = load i8*, i8** %11, align 8, !tbaa !16
  %21 = mul nsw i64 %19, %2
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  %23 = load i8*, i8** %14, align 8, !tbaa !16
  %24 = getelementptr inbounds i8, i8* %23, i64 %21
  %25 = tail call i32 %3(i8* noundef %22, i8* noundef %24) #37
  %26 = icmp eq i32 %25, 0
  %27 = add nuw nsw i64 %19, 1
  br i1 %26, label %28, label %15

28:                                               ; preds = %18, %15, %10, %4
  %29 = phi i32 [ 0, %4 ], [ 1, %10 ], [ 0, %18 ], [ 1, %15 ]
  ret i32 %29
}

; Function Attrs: nounwind
define i32 @ember_list_lt(%struct.EmList* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3, i32 (i8*, i8*)* nocapture noundef readonly %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !13
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !13
  %10 = icmp slt i64 %7, %9
  %11 = select i1 %10, i64 %7, i64 %9
  %12 = icmp sgt i64 %11, 0
  br i1 %12, label %13, label %34

13:                                               ; preds = %5
  %14 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  br label %18

16:                                               ; preds = %18
  %17 = icmp eq i64 %27, %11
  br i1 %17, label %31, label %18, !llvm.loop !205

18:                                               ; preds = %13, %16
  %19 = phi i64 [ 0, %13 ], [ %27, %16 ]
  %20 = load i8*, i8** %14, align 8, !tbaa !16
  %21 = mul nsw i64 %19, %2
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  %23 = load i8*, i8** %15, align 8, !tbaa !16
  %24 = getelementptr inbounds i8, i8* %23, i64 %21
  %25 = tail call i32 %3(i8* noundef %22, i8* noundef %24) #37
  %26 = icmp eq i32 %25, 0
  %27 = add nuw nsw i64 %19, 1
  br i1 %26, label %28, label %16

28:                                               ; preds = %18
  %29 = tail call i32 %4(i8* noundef %22, i8* noundef %24) #37
  %30 = icmp ne i32 %29, 0
  br label %38

31:                                               ; preds = %16
  %32 = load i64, i64* %6, align 8, !tbaa !13
  %33 = load i64, i64* %8, align 8, !tbaa !13
  br label %34

34:                                               ; preds = %31, %5
  %35 = phi i64 [ %33, %31 ], [ %9, %5 ]
  %36 = phi i64 [ %32, %31 ], [ %7, %5 ]
  %37 = icmp slt i64 %36, %35
  br label %38

38:                                               ; preds = %28, %34
  %39 = phi i1 [ %37, %34 ], [ %30, %28 ]
  %40 = zext i1 %39 to i32
  ret i32 %40
}

; Function Attrs: nofree norecurse nosync nounwind
define void @ember_list_reverse(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #21 {
  %3 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !13
  %5 = icmp sgt i64 %4, 1
  br i1 %5, label %6, label %28

6:                                                ; preds = %2
  %7 = add nsw i64 %4, -1
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %9 = icmp sgt i64 %1, 0
  %10 = add i64 %1, -32
  %11 = lshr i64 %10, 5
  %12 = add nuw nsw i64 %11, 1
  %13 = icmp ult i64 %1, 8
  %14 = icmp ult i64 %1, 32
  %15 = and i64 %1, -32
  %16 = and i64 %12, 1
  %17 = icmp ult i64 %10, 32
  %18 = and i64 %12, 1152921504606846974
  %19 = icmp eq i64 %16, 0
  %20 = icmp eq i64 %15, %1
  %21 = and i64 %1, 24
  %22 = icmp eq i64 %21, 0
  %23 = and i64 %1, -8
  %24 = icmp eq i64 %23, %1
  %25 = and i64 %1, 1
  %26 = icmp eq i64 %25, 0
  %27 = sub i64 0, %1
  br label %29

28:                                               ; preds = %137, %2
  ret void

29:                                               ; preds = %6, %137
  %30 = phi i64 [ %7, %6 ], [ %139, %137 ]
  %31 = phi i64 [ 0, %6 ], [ %138, %137 ]
  %32 = mul i64 %31, %1
  %33 = add i64 %32, %1
  %34 = sub i64 %4, %31
  %35 = mul i64 %34, %1
  %36 = load i8*, i8** %8, align 8, !tbaa !16
  %37 = mul nsw i64 %31, %1
  %38 = getelementptr i8, i8* %36, i64 %37
  %39 = mul nsw i64 %30, %1
  %40 = getelementptr i8, i8* %36, i64 %39
  br i1 %9, label %41, label %137

41:                                               ; preds = %29
  br i1 %13, label %125, label %42

42:                                               ; preds = %41
  %43 = getelementptr i8, i8* %36, i64 %33
  %44 = getelementptr i8, i8* %36, i64 %35
  %45 = icmp ult i8* %38, %44
  %46 = icmp ult i8* %40, %43
  %47 = and i1 %45, %46
  br i1 %47, label %125, label %48

48:                                               ; preds = %42
  br i1 %14, label %110, label %49

49:                                               ; preds = %48
  br i1 %17, label %89, label %50

50:                                               ; preds = %49, %50
  %51 = phi i64 [ %86, %50 ], [ 0, %49 ]
  %52 = phi i64 [ %87, %50 ], [ 0, %49 ]
  %53 = getelementptr inbounds i8, i8* %38, i64 %51
  %54 = bitcast i8* %53 to <16 x i8>*
  %55 = load <16 x i8>, <16 x i8>* %54, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %56 = getelementptr inbounds i8, i8* %53, i64 16
  %57 = bitcast i8* %56 to <16 x i8>*
  %58 = load <16 x i8>, <16 x i8>* %57, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %59 = getelementptr inbounds i8, i8* %40, i64 %51
  %60 = bitcast i8* %59 to <16 x i8>*
  %61 = load <16 x i8>, <16 x i8>* %60, align 1, !tbaa !17, !alias.scope !209
  %62 = getelementptr inbounds i8, i8* %59, i64 16
  %63 = bitcast i8* %62 to <16 x i8>*
  %64 = load <16 x i8>, <16 x i8>* %63, align 1, !tbaa !17, !alias.scope !209
  %65 = bitcast i8* %53 to <16 x i8>*
  store <16 x i8> %61, <16 x i8>* %65, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %66 = bitcast i8* %56 to <16 x i8>*
  store <16 x i8> %64, <16 x i8>* %66, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %67 = bitcast i8* %59 to <16 x i8>*
  store <16 x i8> %55, <16 x i8>* %67, align 1, !tbaa !17, !alias.scope !209
  %68 = bitcast i8* %62 to <16 x i8>*
  store <16 x i8> %58, <16 x i8>* %68, align 1, !tbaa !17, !alias.scope !209
  %69 = or i64 %51, 32
  %70 = getelementptr inbounds i8, i8* %38, i64 %69
  %71 = bitcast i8* %70 to <16 x i8>*
  %72 = load <16 x i8>, <16 x i8>* %71, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %73 = getelementptr inbounds i8, i8* %70, i64 16
  %74 = bitcast i8* %73 to <16 x i8>*
  %75 = load <16 x i8>, <16 x i8>* %74, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %76 = getelementptr inbounds i8, i8* %40, i64 %69
  %77 = bitcast i8* %76 to <16 x i8>*
  %78 = load <16 x i8>, <16 x i8>* %77, align 1, !tbaa !17, !alias.scope !209
  %79 = getelementptr inbounds i8, i8* %76, i64 16
  %80 = bitcast i8* %79 to <16 x i8>*
  %81 = load <16 x i8>, <16 x i8>* %80, align 1, !tbaa !17, !alias.scope !209
  %82 = bitcast i8* %70 to <16 x i8>*
  store <16 x i8> %78, <16 x i8>* %82, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %83 = bitcast i8* %73 to <16 x i8>*
  store <16 x i8> %81, <16 x i8>* %83, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %84 = bitcast i8* %76 to <16 x i8>*
  store <16 x i8> %72, <16 x i8>* %84, align 1, !tbaa !17, !alias.scope !209
  %85 = bitcast i8* %79 to <16 x i8>*
  store <16 x i8> %75, <16 x i8>* %85, align 1, !tbaa !17, !alias.scope !209
  %86 = add nuw i64 %51, 64
  %87 = add i64 %52, 2
  %88 = icmp eq i64 %87, %18
  br i1 %88, label %89, label %50, !llvm.loop !211

89:                                               ; preds = %50, %49
  %90 = phi i64 [ 0, %49 ], [ %86, %50 ]
  br i1 %19, label %108, label %91

91:                                               ; preds = %89
  %92 = getelementptr inbounds i8, i8* %38, i64 %90
  %93 = bitcast i8* %92 to <16 x i8>*
  %94 = load <16 x i8>, <16 x i8>* %93, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %95 = getelementptr inbounds i8, i8* %92, i64 16
  %96 = bitcast i8* %95 to <16 x i8>*
  %97 = load <16 x i8>, <16 x i8>* %96, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %98 = getelementptr inbounds i8, i8* %40, i64 %90
  %99 = bitcast i8* %98 to <16 x i8>*
  %100 = load <16 x i8>, <16 x i8>* %99, align 1, !tbaa !17, !alias.scope !209
  %101 = getelementptr inbounds i8, i8* %98, i64 16
  %102 = bitcast i8* %101 to <16 x i8>*
  %103 = load <16 x i8>, <16 x i8>* %102, align 1, !tbaa !17, !alias.scope !209
  %104 = bitcast i8* %92 to <16 x i8>*
  store <16 x i8> %100, <16 x i8>* %104, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %105 = bitcast i8* %95 to <16 x i8>*
  store <16 x i8> %103, <16 x i8>* %105, align 1, !tbaa !17, !alias.scope !206, !noalias !209
  %106 = bitcast i8* %98 to <16 x i8>*
  store <16 x i8> %94, <16 x i8>* %106, align 1, !tbaa !17, !alias.scope !209
  %107 = bitcast i8* %101 to <16 x i8>*
  store <16 x i8> %97, <16 x i8>* %107, align 1, !tbaa !17, !alias.scope !209
  br label %108

108:                                              ; preds = %89, %91
  br i1 %20, label %137, label %109

109:                                              ; preds = %108
  br i1 %22, label %125, label %110

110:                                              ; preds = %48, %109
  %111 = phi i64 [ %15, %109 ], [ 0, %48 ]
  br label %112

112:                                              ; preds = %112, %110
  %113 = phi i64 [ %111, %110 ], [ %122, %112 ]
  %114 = getelementptr inbounds i8, i8* %38, i64 %113
  %115 = bitcast i8* %114 to <8 x i8>*
  %116 = load <8 x i8>, <8 x i8>* %115, align 1, !tbaa !17
  %117 = getelementptr inbounds i8, i8* %40, i64 %113
  %118 = bitcast i8* %117 to <8 x i8>*
  %119 = load <8 x i8>, <8 x i8>* %118, align 1, !tbaa !17
  %120 = bitcast i8* %114 to <8 x i8>*
  store <8 x i8> %119, <8 x i8>* %120, align 1, !tbaa !17
  %121 = bitcast i8* %117 to <8 x i8>*
  store <8 x i8> %116, <8 x i8>* %121, align 1, !tbaa !17
  %122 = add nuw i64 %113, 8
  %123 = icmp eq i64 %122, %23
  br i1 %123, label %124, label %112, !llvm.loop !212

124:                                              ; preds = %112
  br i1 %24, label %137, label %125

125:                                              ; preds = %42, %41, %109, %124
  %126 = phi i64 [ 0, %41 ], [ 0, %42 ], [ %15, %109 ], [ %23, %124 ]
  %127 = xor i64 %126, -1
  br i1 %26, label %134, label %128

128:                                              ; preds = %125
  %129 = getelementptr inbounds i8, i8* %38, i64 %126
  %130 = load i8, i8* %129, align 1, !tbaa !17
  %131 = getelementptr inbounds i8, i8* %40, i64 %126
  %132 = load i8, i8* %131, align 1, !tbaa !17
  store i8 %132, i8* %129, align 1, !tbaa !17
  store i8 %130, i8* %131, align 1, !tbaa !17
  %133 = or i64 %126, 1
  br label %134

134:                                              ; preds = %128, %125
  %135 = phi i64 [ %126, %125 ], [ %133, %128 ]
  %136 = icmp eq i64 %127, %27
  br i1 %136, label %137, label %141

137:                                              ; preds = %134, %141, %108, %124, %29
  %138 = add nuw nsw i64 %31, 1
  %139 = add nsw i64 %30, -1
  %140 = icmp slt i64 %138, %139
  br i1 %140, label %29, label %28, !llvm.loop !213

141:                                              ; preds = %134, %141
  %142 = phi i64 [ %152, %141 ], [ %135, %134 ]
  %143 = getelementptr inbounds i8, i8* %38, i64 %142
  %144 = load i8, i8* %143, align 1, !tbaa !17
  %145 = getelementptr inbounds i8, i8* %40, i64 %142
  %146 = load i8, i8* %145, align 1, !tbaa !17
  store i8 %146, i8* %143, align 1, !tbaa !17
  store i8 %144, i8* %145, align 1, !tbaa !17
  %147 = add nuw nsw i64 %142, 1
  %148 = getelementptr inbounds i8, i8* %38, i64 %147
  %149 = load i8, i8* %148, align 1, !tbaa !17
  %150 = getelementptr inbounds i8, i8* %40, i64 %147
  %151 = load i8, i8* %150, align 1, !tbaa !17
  store i8 %151, i8* %148, align 1, !tbaa !17
  store i8 %149, i8* %150, align 1, !tbaa !17
  %152 = add nuw nsw i64 %142, 2
  %153 = icmp eq i64 %152, %1
  br i1 %153, label %137, label %141, !llvm.loop !214
}

; Function Attrs: nounwind
define void @ember_list_sort(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i32 (i8*, i8*)* noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %5 = load i8*, i8** %4, align 8, !tbaa !16
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !13
  tail call fastcc void @sort_bytes(i8* noundef %5, i64 noundef %7, i64 noundef %1, i32 (i8*, i8*)* noundef %2)
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @sort_bytes(i8* noundef %0, i64 noundef %1, i64 noundef %2, i32 (i8*, i8*)* noundef %3) unnamed_addr #0 {
  %5 = alloca [64 x i8], align 16
  %6 = icmp slt i64 %1, 2
  br i1 %6, label %81, label %7

7:                                                ; preds = %4, %16
  %8 = phi i64 [ %17, %16 ], [ 1, %4 ]
  %9 = mul nsw i64 %8, %2
  %10 = getelementptr inbounds i8, i8* %0, i64 %9
  %11 = add nsw i64 %8, -1
  %12 = mul nsw i64 %11, %2
  %13 = getelementptr inbounds i8, i8* %0, i64 %12
  %14 = tail call i32 %3(i8* noundef %10, i8* noundef %13) #37
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %19

16:                                               ; preds = %7
  %17 = add nuw nsw i64 %8, 1
  %18 = icmp eq i64 %17, %1
  br i1 %18, label %81, label %7, !llvm.loop !215

19:                                               ; preds = %7
  %20 = icmp eq i64 %8, %1
  br i1 %20, label %81, label %21

21:                                               ; preds = %19
  %22 = icmp ugt i64 %8, 1
  br i1 %22, label %61, label %25

23:                                               ; preds = %25
  %24 = icmp eq i64 %34, %1
  br i1 %24, label %35, label %25, !llvm.loop !216

25:                                               ; preds = %21, %23
  %26 = phi i64 [ %34, %23 ], [ 1, %21 ]
  %27 = mul nsw i64 %26, %2
  %28 = getelementptr inbounds i8, i8* %0, i64 %27
  %29 = add nsw i64 %26, -1
  %30 = mul nsw i64 %29, %2
  %31 = getelementptr inbounds i8, i8* %0, i64 %30
  %32 = tail call i32 %3(i8* noundef %28, i8* noundef %31) #37
  %33 = icmp eq i32 %32, 0
  %34 = add nuw nsw i64 %26, 1
  br i1 %33, label %61, label %23

35:                                               ; preds = %23
  %36 = getelementptr inbounds [64 x i8], [64 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %36)
  %37 = add nsw i64 %1, -1
  %38 = icmp sgt i64 %2, 0
  br label %39

39:                                               ; preds = %48, %35
  %40 = phi i64 [ %37, %35 ], [ %50, %48 ]
  %41 = phi i64 [ 0, %35 ], [ %49, %48 ]
  br i1 %38, label %42, label %48

42:                                               ; preds = %39
  %43 = mul nsw i64 %41, %2
  %44 = getelementptr inbounds i8, i8* %0, i64 %43
  %45 = mul nsw i64 %40, %2
  %46 = getelementptr inbounds i8, i8* %0, i64 %45
  br label %52

47:                                               ; preds = %48
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %36)
  br label %81

48:                                               ; preds = %52, %39
  %49 = add nuw nsw i64 %41, 1
  %50 = add nsw i64 %40, -1
  %51 = icmp slt i64 %49, %50
  br i1 %51, label %39, label %47, !llvm.loop !217

52:                                               ; preds = %52, %42
  %53 = phi i64 [ 0, %42 ], [ %59, %52 ]
  %54 = sub nsw i64 %2, %53
  %55 = icmp slt i64 %54, 64
  %56 = select i1 %55, i64 %54, i64 64
  %57 = getelementptr inbounds i8, i8* %44, i64 %53
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 16 %36, i8* align 1 %57, i64 %56, i1 false) #37
  %58 = getelementptr inbounds i8, i8* %46, i64 %53
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %57, i8* align 1 %58, i64 %56, i1 false) #37
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %58, i8* nonnull align 16 %36, i64 %56, i1 false) #37
  %59 = add nuw nsw i64 %53, 64
  %60 = icmp slt i64 %59, %2
  br i1 %60, label %52, label %48, !llvm.loop !218

61:                                               ; preds = %25, %21
  %62 = or i64 %2, %1
  %63 = icmp sgt i64 %62, -1
  br i1 %63, label %64, label %67

64:                                               ; preds = %61
  %65 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1, i64 %2) #37
  %66 = extractvalue { i64, i1 } %65, 1
  br i1 %66, label %67, label %68

67:                                               ; preds = %64, %61
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

68:                                               ; preds = %64
  %69 = extractvalue { i64, i1 } %65, 0
  %70 = icmp sgt i64 %69, -1
  br i1 %70, label %71, label %76

71:                                               ; preds = %68
  %72 = icmp eq i64 %69, 0
  %73 = select i1 %72, i64 1, i64 %69
  %74 = tail call noalias i8* @malloc(i64 noundef %73) #37
  %75 = icmp eq i8* %74, null
  br i1 %75, label %76, label %77

76:                                               ; preds = %71, %68
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

77:                                               ; preds = %71
  %78 = icmp ugt i64 %69, 4095
  br i1 %78, label %79, label %80

79:                                               ; preds = %77
  tail call fastcc void @advise_big(i8* noundef nonnull %74, i64 noundef %69) #37
  br label %80

80:                                               ; preds = %77, %79
  tail call fastcc void @merge_sort(i8* noundef %0, i8* noundef nonnull %74, i64 noundef 0, i64 noundef %1, i64 noundef %2, i32 (i8*, i8*)* noundef %3)
  tail call void @free(i8* noundef nonnull %74) #37
  br label %81

81:                                               ; preds = %16, %19, %47, %4, %80
  ret void
}

; Function Attrs: nounwind
define void @ember_list_sort_keyed(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, %struct.EmList* nocapture noundef readonly %2, i64 noundef %3, i32 (i8*, i8*)* noundef %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !13
  %8 = add nsw i64 %3, 8
  %9 = icmp slt i64 %7, 2
  br i1 %9, label %133, label %10

10:                                               ; preds = %5
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %2, i64 0, i32 0
  %12 = load i64, i64* %11, align 8, !tbaa !13
  %13 = icmp eq i64 %12, %7
  br i1 %13, label %14, label %133

14:                                               ; preds = %10
  %15 = or i64 %7, %8
  %16 = icmp sgt i64 %15, -1
  br i1 %16, label %17, label %20

17:                                               ; preds = %14
  %18 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %7, i64 %8) #37
  %19 = extractvalue { i64, i1 } %18, 1
  br i1 %19, label %20, label %21

20:                                               ; preds = %17, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

21:                                               ; preds = %17
  %22 = extractvalue { i64, i1 } %18, 0
  %23 = icmp sgt i64 %22, -1
  br i1 %23, label %24, label %29

24:                                               ; preds = %21
  %25 = icmp eq i64 %22, 0
  %26 = select i1 %25, i64 1, i64 %22
  %27 = tail call noalias i8* @malloc(i64 noundef %26) #37
  %28 = icmp eq i8* %27, null
  br i1 %28, label %29, label %30

29:                                               ; preds = %24, %21
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

30:                                               ; preds = %24
  %31 = icmp ugt i64 %22, 4095
  br i1 %31, label %32, label %33

32:                                               ; preds = %30
  tail call fastcc void @advise_big(i8* noundef nonnull %27, i64 noundef %22) #37
  br label %33

33:                                               ; preds = %30, %32
  %34 = or i64 %7, %1
  %35 = icmp sgt i64 %34, -1
  br i1 %35, label %36, label %39

36:                                               ; preds = %33
  %37 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %7, i64 %1) #37
  %38 = extractvalue { i64, i1 } %37, 1
  br i1 %38, label %39, label %40

39:                                               ; preds = %36, %33
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

40:                                               ; preds = %36
  %41 = extractvalue { i64, i1 } %37, 0
  %42 = icmp sgt i64 %41, -1
  br i1 %42, label %43, label %48

43:                                               ; preds = %40
  %44 = icmp eq i64 %41, 0
  %45 = select i1 %44, i64 1, i64 %41
  %46 = tail call noalias i8* @malloc(i64 noundef %45) #37
  %47 = icmp eq i8* %46, null
  br i1 %47, label %48, label %49

48:                                               ; preds = %43, %40
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

49:                                               ; preds = %43
  %50 = icmp ugt i64 %41, 4095
  br i1 %50, label %51, label %52

51:                                               ; preds = %49
  tail call fastcc void @advise_big(i8* noundef nonnull %46, i64 noundef %41) #37
  br label %52

52:                                               ; preds = %51, %49
  %53 = getelementptr inbounds %struct.EmList, %struct.EmList* %2, i64 0, i32 2
  %54 = load i8*, i8** %53, align 8, !tbaa !16
  %55 = add i64 %7, -1
  %56 = and i64 %7, 1
  %57 = icmp eq i64 %55, 0
  br i1 %57, label %60, label %58

58:                                               ; preds = %52
  %59 = and i64 %7, -2
  br label %78

60:                                               ; preds = %78, %52
  %61 = phi i64 [ 0, %52 ], [ %94, %78 ]
  %62 = icmp eq i64 %56, 0
  br i1 %62, label %70, label %63

63:                                               ; preds = %60
  %64 = mul nsw i64 %61, %8
  %65 = getelementptr inbounds i8, i8* %27, i64 %64
  %66 = mul nsw i64 %61, %3
  %67 = getelementptr inbounds i8, i8* %54, i64 %66
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %65, i8* align 1 %67, i64 %3, i1 false)
  %68 = getelementptr inbounds i8, i8* %65, i64 %3
  %69 = bitcast i8* %68 to i64*
  store i64 %61, i64* %69, align 1
  br label %70

70:                                               ; preds = %60, %63
  tail call fastcc void @sort_bytes(i8* noundef nonnull %27, i64 noundef %7, i64 noundef %8, i32 (i8*, i8*)* noundef %4)
  %71 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %72 = load i8*, i8** %71, align 8, !tbaa !16
  %73 = getelementptr inbounds i8, i8* %27, i64 %3
  %74 = and i64 %7, 1
  %75 = icmp eq i64 %55, 0
  br i1 %75, label %97, label %76

76:                                               ; preds = %70
  %77 = and i64 %7, -2
  br label %110

78:                                               ; preds = %78, %58
  %79 = phi i64 [ 0, %58 ], [ %94, %78 ]
  %80 = phi i64 [ 0, %58 ], [ %95, %78 ]
  %81 = mul nsw i64 %79, %8
  %82 = getelementptr inbounds i8, i8* %27, i64 %81
  %83 = mul nsw i64 %79, %3
  %84 = getelementptr inbounds i8, i8* %54, i64 %83
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %82, i8* align 1 %84, i64 %3, i1 false)
  %85 = getelementptr inbounds i8, i8* %82, i64 %3
  %86 = bitcast i8* %85 to i64*
  store i64 %79, i64* %86, align 1
  %87 = or i64 %79, 1
  %88 = mul nsw i64 %87, %8
  %89 = getelementptr inbounds i8, i8* %27, i64 %88
  %90 = mul nsw i64 %87, %3
  %91 = getelementptr inbounds i8, i8* %54, i64 %90
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %89, i8* align 1 %91, i64 %3, i1 false)
  %92 = getelementptr inbounds i8, i8* %89, i64 %3
  %93 = bitcast i8* %92 to i64*
  store i64 %87, i64* %93, align 1
  %94 = add nuw nsw i64 %79, 2
  %95 = add i64 %80, 2
  %96 = icmp eq i64 %95, %59
  br i1 %96, label %60, label %78, !llvm.loop !219

97:                                               ; preds = %110, %70
  %98 = phi i64 [ 0, %70 ], [ %130, %110 ]
  %99 = icmp eq i64 %74, 0
  br i1 %99, label %109, label %100

100:                                              ; preds = %97
  %101 = mul nsw i64 %98, %8
  %102 = getelementptr inbounds i8, i8* %73, i64 %101
  %103 = bitcast i8* %102 to i64*
  %104 = load i64, i64* %103, align 1
  %105 = mul nsw i64 %98, %1
  %106 = getelementptr inbounds i8, i8* %46, i64 %105
  %107 = mul nsw i64 %104, %1
  %108 = getelementptr inbounds i8, i8* %72, i64 %107
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %106, i8* align 1 %108, i64 %1, i1 false)
  br label %109

109:                                              ; preds = %97, %100
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %72, i8* nonnull align 1 %46, i64 %41, i1 false)
  tail call void @free(i8* noundef %46) #37
  tail call void @free(i8* noundef nonnull %27) #37
  br label %133

110:                                              ; preds = %110, %76
  %111 = phi i64 [ 0, %76 ], [ %130, %110 ]
  %112 = phi i64 [ 0, %76 ], [ %131, %110 ]
  %113 = mul nsw i64 %111, %8
  %114 = getelementptr inbounds i8, i8* %73, i64 %113
  %115 = bitcast i8* %114 to i64*
  %116 = load i64, i64* %115, align 1
  %117 = mul nsw i64 %111, %1
  %118 = getelementptr inbounds i8, i8* %46, i64 %117
  %119 = mul nsw i64 %116, %1
  %120 = getelementptr inbounds i8, i8* %72, i64 %119
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %118, i8* align 1 %120, i64 %1, i1 false)
  %121 = or i64 %111, 1
  %122 = mul nsw i64 %121, %8
  %123 = getelementptr inbounds i8, i8* %73, i64 %122
  %124 = bitcast i8* %123 to i64*
  %125 = load i64, i64* %124, align 1
  %126 = mul nsw i64 %121, %1
  %127 = getelementptr inbounds i8, i8* %46, i64 %126
  %128 = mul nsw i64 %125, %1
  %129 = getelementptr inbounds i8, i8* %72, i64 %128
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %127, i8* align 1 %129, i64 %1, i1 false)
  %130 = add nuw nsw i64 %111, 2
  %131 = add i64 %112, 2
  %132 = icmp eq i64 %131, %77
  br i1 %132, label %97, label %110, !llvm.loop !220

133:                                              ; preds = %5, %10, %109
  ret void
}

; Function Attrs: nounwind
define void @ember_list_sort_str(%struct.EmList* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %3 = load i64, i64* %2, align 8, !tbaa !13
  %4 = icmp slt i64 %3, 2
  br i1 %4, label %58, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %7 = bitcast i8** %6 to %struct.EmStr***
  %8 = load %struct.EmStr**, %struct.EmStr*** %7, align 8, !tbaa !16
  %9 = tail call fastcc %struct.StrRec* @str_records(%struct.EmStr** noundef %8, i64 noundef %3)
  %10 = load i64, i64* %2, align 8, !tbaa !13
  %11 = icmp sgt i64 %10, 0
  br i1 %11, label %12, label %31

12:                                               ; preds = %5
  %13 = add i64 %10, -1
  %14 = and i64 %10, 3
  %15 = icmp ult i64 %13, 3
  br i1 %15, label %18, label %16

16:                                               ; preds = %12
  %17 = and i64 %10, -4
  br label %33

18:                                               ; preds = %33, %12
  %19 = phi i64 [ 0, %12 ], [ %55, %33 ]
  %20 = icmp eq i64 %14, 0
  br i1 %20, label %31, label %21

21:                                               ; preds = %18, %21
  %22 = phi i64 [ %28, %21 ], [ %19, %18 ]
  %23 = phi i64 [ %29, %21 ], [ 0, %18 ]
  %24 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %9, i64 %22, i32 1
  %25 = load %struct.EmStr*, %struct.EmStr** %24, align 8, !tbaa !221
  %26 = load %struct.EmStr**, %struct.EmStr*** %7, align 8, !tbaa !16
  %27 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %26, i64 %22
  store %struct.EmStr* %25, %struct.EmStr** %27, align 8, !tbaa !7
  %28 = add nuw nsw i64 %22, 1
  %29 = add i64 %23, 1
  %30 = icmp eq i64 %29, %14
  br i1 %30, label %31, label %21, !llvm.loop !223

31:                                               ; preds = %18, %21, %5
  %32 = bitcast %struct.StrRec* %9 to i8*
  tail call void @free(i8* noundef %32) #37
  br label %58

33:                                               ; preds = %33, %16
  %34 = phi i64 [ 0, %16 ], [ %55, %33 ]
  %35 = phi i64 [ 0, %16 ], [ %56, %33 ]
  %36 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %9, i64 %34, i32 1
  %37 = load %struct.EmStr*, %struct.EmStr** %36, align 8, !tbaa !221
  %38 = load %struct.EmStr**, %struct.EmStr*** %7, align 8, !tbaa !16
  %39 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %38, i64 %34
  store %struct.EmStr* %37, %struct.EmStr** %39, align 8, !tbaa !7
  %40 = or i64 %34, 1
  %41 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %9, i64 %40, i32 1
  %42 = load %struct.EmStr*, %struct.EmStr** %41, align 8, !tbaa !221
  %43 = load %struct.EmStr**, %struct.EmStr*** %7, align 8, !tbaa !16
  %44 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %43, i64 %40
  store %struct.EmStr* %42, %struct.EmStr** %44, align 8, !tbaa !7
  %45 = or i64 %34, 2
  %46 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %9, i64 %45, i32 1
  %47 = load %struct.EmStr*, %struct.EmStr** %46, align 8, !tbaa !221
  %48 = load %struct.EmStr**, %struct.EmStr*** %7, align 8, !tbaa !16
  %49 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %48, i64 %45
  store %struct.EmStr* %47, %struct.EmStr** %49, align 8, !tbaa !7
  %50 = or i64 %34, 3
  %51 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %9, i64 %50, i32 1
  %52 = load %struct.EmStr*, %struct.EmStr** %51, align 8, !tbaa !221
  %53 = load %struct.EmStr**, %struct.EmStr*** %7, align 8, !tbaa !16
  %54 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %53, i64 %50
  store %struct.EmStr* %52, %struct.EmStr** %54, align 8, !tbaa !7
  %55 = add nuw nsw i64 %34, 4
  %56 = add i64 %35, 4
  %57 = icmp eq i64 %56, %17
  br i1 %57, label %18, label %33, !llvm.loop !224

58:                                               ; preds = %1, %31
  ret void
}

; Function Attrs: nounwind
define internal fastcc %struct.StrRec* @str_records(%struct.EmStr** nocapture noundef readonly %0, i64 noundef %1) unnamed_addr #0 {
  %3 = alloca i64, align 8
  %4 = icmp sgt i64 %1, -1
  br i1 %4, label %5, label %8

5:                                                ; preds = %2
  %6 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1, i64 24) #37
  %7 = extractvalue { i64, i1 } %6, 1
  br i1 %7, label %8, label %9

8:                                                ; preds = %5, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

9:                                                ; preds = %5
  %10 = extractvalue { i64, i1 } %6, 0
  %11 = icmp eq i64 %10, 0
  %12 = select i1 %11, i64 1, i64 %10
  %13 = tail call noalias i8* @malloc(i64 noundef %12) #37
  %14 = icmp eq i8* %13, null
  br i1 %14, label %15, label %16

15:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

16:                                               ; preds = %9
  %17 = icmp ugt i64 %10, 4095
  br i1 %17, label %18, label %19

18:                                               ; preds = %16
  tail call fastcc void @advise_big(i8* noundef nonnull %13, i64 noundef %10) #37
  br label %19

19:                                               ; preds = %16, %18
  %20 = bitcast i8* %13 to %struct.StrRec*
  %21 = icmp eq i64 %1, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %19
  %23 = bitcast i64* %3 to i8*
  br label %25

24:                                               ; preds = %25, %19
  tail call fastcc void @sort_bytes(i8* noundef nonnull %13, i64 noundef %1, i64 noundef 24, i32 (i8*, i8*)* noundef nonnull @lt_str_rec)
  ret %struct.StrRec* %20

25:                                               ; preds = %22, %25
  %26 = phi i64 [ 0, %22 ], [ %39, %25 ]
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %23)
  store i64 0, i64* %3, align 8, !tbaa !11
  %27 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %0, i64 %26
  %28 = load %struct.EmStr*, %struct.EmStr** %27, align 8, !tbaa !7
  %29 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %28, i64 0, i32 2, i64 0
  %30 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %28, i64 0, i32 0
  %31 = load i64, i64* %30, align 8, !tbaa !11
  %32 = icmp slt i64 %31, 8
  %33 = select i1 %32, i64 %31, i64 8
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %23, i8* nonnull align 8 %29, i64 %33, i1 false)
  %34 = load i64, i64* %3, align 8, !tbaa !11
  %35 = tail call i64 @llvm.bswap.i64(i64 %34)
  %36 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %20, i64 %26, i32 0
  store i64 %35, i64* %36, align 8, !tbaa.struct !225
  %37 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %20, i64 %26, i32 1
  store %struct.EmStr* %28, %struct.EmStr** %37, align 8, !tbaa.struct !226
  %38 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %20, i64 %26, i32 2
  store i64 %26, i64* %38, align 8, !tbaa.struct !227
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %23)
  %39 = add nuw nsw i64 %26, 1
  %40 = icmp eq i64 %39, %1
  br i1 %40, label %24, label %25, !llvm.loop !228
}

; Function Attrs: nounwind
define void @ember_list_sort_keyed_str(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, %struct.EmList* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !13
  %6 = icmp slt i64 %5, 2
  br i1 %6, label %72, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %2, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !13
  %10 = icmp eq i64 %9, %5
  br i1 %10, label %11, label %72

11:                                               ; preds = %7
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %2, i64 0, i32 2
  %13 = bitcast i8** %12 to %struct.EmStr***
  %14 = load %struct.EmStr**, %struct.EmStr*** %13, align 8, !tbaa !16
  %15 = tail call fastcc %struct.StrRec* @str_records(%struct.EmStr** noundef %14, i64 noundef %5)
  %16 = or i64 %5, %1
  %17 = icmp sgt i64 %16, -1
  br i1 %17, label %18, label %21

18:                                               ; preds = %11
  %19 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %5, i64 %1) #37
  %20 = extractvalue { i64, i1 } %19, 1
  br i1 %20, label %21, label %22

21:                                               ; preds = %18, %11
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

22:                                               ; preds = %18
  %23 = extractvalue { i64, i1 } %19, 0
  %24 = icmp sgt i64 %23, -1
  br i1 %24, label %25, label %30

25:                                               ; preds = %22
  %26 = icmp eq i64 %23, 0
  %27 = select i1 %26, i64 1, i64 %23
  %28 = tail call noalias i8* @malloc(i64 noundef %27) #37
  %29 = icmp eq i8* %28, null
  br i1 %29, label %30, label %31

30:                                               ; preds = %25, %22
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

31:                                               ; preds = %25
  %32 = icmp ugt i64 %23, 4095
  br i1 %32, label %33, label %34

33:                                               ; preds = %31
  tail call fastcc void @advise_big(i8* noundef nonnull %28, i64 noundef %23) #37
  br label %34

34:                                               ; preds = %33, %31
  %35 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %36 = load i8*, i8** %35, align 8, !tbaa !16
  %37 = and i64 %5, 1
  %38 = icmp eq i64 %5, 1
  br i1 %38, label %41, label %39

39:                                               ; preds = %34
  %40 = and i64 %5, -2
  br label %53

41:                                               ; preds = %53, %34
  %42 = phi i64 [ 0, %34 ], [ %69, %53 ]
  %43 = icmp eq i64 %37, 0
  br i1 %43, label %51, label %44

44:                                               ; preds = %41
  %45 = mul nsw i64 %42, %1
  %46 = getelementptr inbounds i8, i8* %28, i64 %45
  %47 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %15, i64 %42, i32 2
  %48 = load i64, i64* %47, align 8, !tbaa !229
  %49 = mul nsw i64 %48, %1
  %50 = getelementptr inbounds i8, i8* %36, i64 %49
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %46, i8* align 1 %50, i64 %1, i1 false)
  br label %51

51:                                               ; preds = %41, %44
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %36, i8* nonnull align 1 %28, i64 %23, i1 false)
  tail call void @free(i8* noundef %28) #37
  %52 = bitcast %struct.StrRec* %15 to i8*
  tail call void @free(i8* noundef %52) #37
  br label %72

53:                                               ; preds = %53, %39
  %54 = phi i64 [ 0, %39 ], [ %69, %53 ]
  %55 = phi i64 [ 0, %39 ], [ %70, %53 ]
  %56 = mul nsw i64 %54, %1
  %57 = getelementptr inbounds i8, i8* %28, i64 %56
  %58 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %15, i64 %54, i32 2
  %59 = load i64, i64* %58, align 8, !tbaa !229
  %60 = mul nsw i64 %59, %1
  %61 = getelementptr inbounds i8, i8* %36, i64 %60
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %57, i8* align 1 %61, i64 %1, i1 false)
  %62 = or i64 %54, 1
  %63 = mul nsw i64 %62, %1
  %64 = getelementptr inbounds i8, i8* %28, i64 %63
  %65 = getelementptr inbounds %struct.StrRec, %struct.StrRec* %15, i64 %62, i32 2
  %66 = load i64, i64* %65, align 8, !tbaa !229
  %67 = mul nsw i64 %66, %1
  %68 = getelementptr inbounds i8, i8* %36, i64 %67
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %64, i8* align 1 %68, i64 %1, i1 false)
  %69 = add nuw nsw i64 %54, 2
  %70 = add i64 %55, 2
  %71 = icmp eq i64 %70, %40
  br i1 %71, label %41, label %53, !llvm.loop !230

72:                                               ; preds = %3, %7, %51
  ret void
}

; Function Attrs: nounwind
define i64 @ember_ipow_mod(i64 noundef %0, i64 noundef %1, i64 noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = icmp eq i64 %2, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %6
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str.54, i64 0, i64 0), i8* noundef %3, i32 noundef %4, i32 noundef %5) #40
  unreachable

9:                                                ; preds = %6
  %10 = icmp slt i64 %2, 0
  %11 = sub i64 0, %2
  %12 = select i1 %10, i64 %11, i64 %2
  %13 = icmp slt i64 %0, 0
  br i1 %13, label %14, label %18

14:                                               ; preds = %9
  %15 = sub i64 0, %0
  %16 = urem i64 %15, %12
  %17 = sub i64 %12, %16
  br label %18

18:                                               ; preds = %9, %14
  %19 = phi i64 [ %17, %14 ], [ %0, %9 ]
  %20 = urem i64 %19, %12
  %21 = icmp slt i64 %1, 0
  %22 = sub i64 0, %1
  %23 = select i1 %21, i64 %22, i64 %1
  br i1 %21, label %24, label %48

24:                                               ; preds = %18
  %25 = icmp eq i64 %20, 0
  br i1 %25, label %38, label %26

26:                                               ; preds = %24, %26
  %27 = phi i64 [ %30, %26 ], [ %12, %24 ]
  %28 = phi i128 [ %36, %26 ], [ 1, %24 ]
  %29 = phi i128 [ %28, %26 ], [ 0, %24 ]
  %30 = phi i64 [ %33, %26 ], [ %20, %24 ]
  %31 = udiv i64 %27, %30
  %32 = mul nuw i64 %31, %30
  %33 = urem i64 %27, %30
  %34 = zext i64 %31 to i128
  %35 = mul nsw i128 %28, %34
  %36 = sub nsw i128 %29, %35
  %37 = icmp eq i64 %33, 0
  br i1 %37, label %38, label %26, !llvm.loop !231

38:                                               ; preds = %26, %24
  %39 = phi i128 [ 0, %24 ], [ %28, %26 ]
  %40 = phi i64 [ %12, %24 ], [ %30, %26 ]
  %41 = icmp eq i64 %40, 1
  br i1 %41, label %43, label %42

42:                                               ; preds = %38
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([45 x i8], [45 x i8]* @.str.55, i64 0, i64 0), i8* noundef %3, i32 noundef %4, i32 noundef %5) #40
  unreachable

43:                                               ; preds = %38
  %44 = icmp slt i128 %39, 0
  %45 = trunc i128 %39 to i64
  %46 = select i1 %44, i64 %12, i64 0
  %47 = add i64 %46, %45
  br label %48

48:                                               ; preds = %43, %18
  %49 = phi i64 [ %47, %43 ], [ %20, %18 ]
  %50 = icmp ne i64 %12, 1
  %51 = zext i1 %50 to i64
  %52 = icmp eq i64 %23, 0
  br i1 %52, label %119, label %53

53:                                               ; preds = %48, %114
  %54 = phi i64 [ %115, %114 ], [ %51, %48 ]
  %55 = phi i64 [ %116, %114 ], [ %49, %48 ]
  %56 = phi i64 [ %117, %114 ], [ %23, %48 ]
  %57 = and i64 %56, 1
  %58 = icmp eq i64 %57, 0
  br i1 %58, label %85, label %59

59:                                               ; preds = %53
  %60 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %54, i64 %55) #37
  %61 = extractvalue { i64, i1 } %60, 1
  br i1 %61, label %62, label %64

62:                                               ; preds = %59
  %63 = icmp eq i64 %55, 0
  br i1 %63, label %91, label %67

64:                                               ; preds = %59
  %65 = extractvalue { i64, i1 } %60, 0
  %66 = urem i64 %65, %12
  br label %85

67:                                               ; preds = %62, %67
  %68 = phi i64 [ %78, %67 ], [ 0, %62 ]
  %69 = phi i64 [ %79, %67 ], [ %55, %62 ]
  %70 = phi i64 [ %83, %67 ], [ %54, %62 ]
  %71 = and i64 %69, 1
  %72 = icmp eq i64 %71, 0
  %73 = sub i64 %12, %70
  %74 = icmp ult i64 %68, %73
  %75 = sub i64 0, %73
  %76 = select i1 %74, i64 %70, i64 %75
  %77 = select i1 %72, i64 0, i64 %76
  %78 = add i64 %77, %68
  %79 = lshr i64 %69, 1
  %80 = icmp ult i64 %70, %73
  %81 = sub i64 %70, %73
  %82 = shl i64 %70, 1
  %83 = select i1 %80, i64 %82, i64 %81
  %84 = icmp ult i64 %69, 2
  br i1 %84, label %85, label %67, !llvm.loop !232

85:                                               ; preds = %67, %64, %53
  %86 = phi i64 [ %54, %53 ], [ %66, %64 ], [ %78, %67 ]
  %87 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %55, i64 %55) #37
  %88 = extractvalue { i64, i1 } %87, 1
  br i1 %88, label %89, label %91

89:                                               ; preds = %85
  %90 = icmp eq i64 %55, 0
  br i1 %90, label %114, label %96

91:                                               ; preds = %62, %85
  %92 = phi { i64, i1 } [ %87, %85 ], [ zeroinitializer, %62 ]
  %93 = phi i64 [ %86, %85 ], [ 0, %62 ]
  %94 = extractvalue { i64, i1 } %92, 0
  %95 = urem i64 %94, %12
  br label %114

96:                                               ; preds = %89, %96
  %97 = phi i64 [ %107, %96 ], [ 0, %89 ]
  %98 = phi i64 [ %108, %96 ], [ %55, %89 ]
  %99 = phi i64 [ %112, %96 ], [ %55, %89 ]
  %100 = and i64 %98, 1
  %101 = icmp eq i64 %100, 0
  %102 = sub i64 %12, %99
  %103 = icmp ult i64 %97, %102
  %104 = sub i64 0, %102
  %105 = select i1 %103, i64 %99, i64 %104
  %106 = select i1 %101, i64 0, i64 %105
  %107 = add i64 %106, %97
  %108 = lshr i64 %98, 1
  %109 = icmp ult i64 %99, %102
  %110 = sub i64 %99, %102
  %111 = shl i64 %99, 1
  %112 = select i1 %109, i64 %111, i64 %110
  %113 = icmp ult i64 %98, 2
  br i1 %113, label %114, label %96, !llvm.loop !232

114:                                              ; preds = %96, %89, %91
  %115 = phi i64 [ %93, %91 ], [ %86, %89 ], [ %86, %96 ]
  %116 = phi i64 [ %95, %91 ], [ 0, %89 ], [ %107, %96 ]
  %117 = lshr i64 %56, 1
  %118 = icmp ult i64 %56, 2
  br i1 %118, label %119, label %53, !llvm.loop !233

119:                                              ; preds = %114, %48
  %120 = phi i64 [ %51, %48 ], [ %115, %114 ]
  %121 = icmp ne i64 %120, 0
  %122 = select i1 %10, i1 %121, i1 false
  %123 = select i1 %122, i64 %12, i64 0
  %124 = sub i64 %120, %123
  ret i64 %124
}

; Function Attrs: nounwind
define i64 @ember_ipow(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp slt i64 %1, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %5
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([39 x i8], [39 x i8]* @.str.56, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable

8:                                                ; preds = %5, %22
  %9 = phi i64 [ %23, %22 ], [ %1, %5 ]
  %10 = phi i64 [ %26, %22 ], [ %0, %5 ]
  %11 = phi i64 [ %19, %22 ], [ 1, %5 ]
  %12 = and i64 %9, 1
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %8
  %15 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %11, i64 %10)
  %16 = extractvalue { i64, i1 } %15, 1
  %17 = extractvalue { i64, i1 } %15, 0
  br i1 %16, label %27, label %18

18:                                               ; preds = %14, %8
  %19 = phi i64 [ %17, %14 ], [ %11, %8 ]
  %20 = icmp ult i64 %9, 2
  br i1 %20, label %21, label %22

21:                                               ; preds = %18
  ret i64 %19

22:                                               ; preds = %18
  %23 = ashr i64 %9, 1
  %24 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %10, i64 %10)
  %25 = extractvalue { i64, i1 } %24, 1
  %26 = extractvalue { i64, i1 } %24, 0
  br i1 %25, label %27, label %8

27:                                               ; preds = %22, %14
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #5

; Function Attrs: nounwind
define i64 @ember_math_gcd(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = tail call i64 @llvm.abs.i64(i64 %0, i1 false) #37
  %7 = icmp eq i64 %1, 0
  br i1 %7, label %15, label %8

8:                                                ; preds = %5
  %9 = tail call i64 @llvm.abs.i64(i64 %1, i1 false) #37
  br label %10

10:                                               ; preds = %8, %10
  %11 = phi i64 [ %12, %10 ], [ %6, %8 ]
  %12 = phi i64 [ %13, %10 ], [ %9, %8 ]
  %13 = urem i64 %11, %12
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %15, label %10, !llvm.loop !234

15:                                               ; preds = %10, %5
  %16 = phi i64 [ %6, %5 ], [ %12, %10 ]
  %17 = icmp slt i64 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %15
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

19:                                               ; preds = %15
  ret i64 %16
}

; Function Attrs: nounwind
define i64 @ember_math_lcm(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp eq i64 %0, 0
  %7 = icmp eq i64 %1, 0
  %8 = or i1 %6, %7
  br i1 %8, label %26, label %9

9:                                                ; preds = %5
  %10 = tail call i64 @llvm.abs.i64(i64 %0, i1 false) #37
  %11 = tail call i64 @llvm.abs.i64(i64 %1, i1 false) #37
  br label %12

12:                                               ; preds = %9, %12
  %13 = phi i64 [ %14, %12 ], [ %10, %9 ]
  %14 = phi i64 [ %15, %12 ], [ %11, %9 ]
  %15 = urem i64 %13, %14
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %17, label %12, !llvm.loop !234

17:                                               ; preds = %12
  %18 = udiv i64 %10, %14
  %19 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %18, i64 %11)
  %20 = extractvalue { i64, i1 } %19, 1
  br i1 %20, label %21, label %22

21:                                               ; preds = %17
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable

22:                                               ; preds = %17
  %23 = extractvalue { i64, i1 } %19, 0
  %24 = icmp slt i64 %23, 0
  br i1 %24, label %25, label %26

25:                                               ; preds = %22
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

26:                                               ; preds = %22, %5
  %27 = phi i64 [ 0, %5 ], [ %23, %22 ]
  ret i64 %27
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #5

; Function Attrs: nounwind
define i64 @ember_math_factorial(i64 noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp slt i64 %0, 0
  br i1 %5, label %8, label %6

6:                                                ; preds = %4
  %7 = icmp ult i64 %0, 2
  br i1 %7, label %11, label %13

8:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([44 x i8], [44 x i8]* @.str.58, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

9:                                                ; preds = %19
  %10 = extractvalue { i64, i1 } %16, 0
  br label %11

11:                                               ; preds = %9, %6
  %12 = phi i64 [ 1, %6 ], [ %10, %9 ]
  ret i64 %12

13:                                               ; preds = %6, %19
  %14 = phi i64 [ %21, %19 ], [ 2, %6 ]
  %15 = phi i64 [ %20, %19 ], [ 1, %6 ]
  %16 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %15, i64 %14)
  %17 = extractvalue { i64, i1 } %16, 1
  br i1 %17, label %18, label %19

18:                                               ; preds = %13
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

19:                                               ; preds = %13
  %20 = extractvalue { i64, i1 } %16, 0
  %21 = add nuw i64 %14, 1
  %22 = icmp eq i64 %14, %0
  br i1 %22, label %9, label %13, !llvm.loop !235
}

; Function Attrs: nounwind
define i64 @ember_math_comb(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = tail call fastcc i64 @perm_comb(i64 noundef %0, i64 noundef %1, i32 noundef 1, i8* noundef %2, i32 noundef %3, i32 noundef %4)
  ret i64 %6
}

; Function Attrs: nounwind
define internal fastcc i64 @perm_comb(i64 noundef %0, i64 noundef %1, i32 noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) unnamed_addr #0 {
  %7 = icmp slt i64 %0, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %6
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.103, i64 0, i64 0), i8* noundef %3, i32 noundef %4, i32 noundef %5) #40
  unreachable

9:                                                ; preds = %6
  %10 = icmp ne i64 %1, -9223372036854775808
  %11 = icmp ne i32 %2, 0
  %12 = or i1 %10, %11
  %13 = select i1 %12, i64 %1, i64 %0
  %14 = icmp slt i64 %13, 0
  br i1 %14, label %15, label %16

15:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.104, i64 0, i64 0), i8* noundef %3, i32 noundef %4, i32 noundef %5) #40
  unreachable

16:                                               ; preds = %9
  %17 = icmp ugt i64 %13, %0
  br i1 %17, label %56, label %18

18:                                               ; preds = %16
  %19 = sub nsw i64 %0, %13
  %20 = icmp sgt i64 %13, %19
  %21 = select i1 %11, i1 %20, i1 false
  %22 = select i1 %21, i64 %19, i64 %13
  %23 = icmp slt i64 %22, 1
  br i1 %23, label %56, label %24

24:                                               ; preds = %18
  %25 = sub nsw i64 %0, %22
  br label %29

26:                                               ; preds = %45
  %27 = add nuw i64 %30, 1
  %28 = icmp eq i64 %30, %22
  br i1 %28, label %54, label %29, !llvm.loop !236

29:                                               ; preds = %24, %26
  %30 = phi i64 [ 1, %24 ], [ %27, %26 ]
  %31 = phi i64 [ 1, %24 ], [ %50, %26 ]
  %32 = add nsw i64 %25, %30
  %33 = sub nsw i64 %0, %30
  %34 = add nsw i64 %33, 1
  %35 = select i1 %11, i64 %32, i64 %34
  br i1 %11, label %36, label %45

36:                                               ; preds = %29, %36
  %37 = phi i64 [ %38, %36 ], [ %31, %29 ]
  %38 = phi i64 [ %39, %36 ], [ %30, %29 ]
  %39 = urem i64 %37, %38
  %40 = icmp eq i64 %39, 0
  br i1 %40, label %41, label %36, !llvm.loop !234

41:                                               ; preds = %36
  %42 = udiv i64 %31, %38
  %43 = udiv i64 %30, %38
  %44 = udiv i64 %35, %43
  br label %45

45:                                               ; preds = %41, %29
  %46 = phi i64 [ %42, %41 ], [ %31, %29 ]
  %47 = phi i64 [ %44, %41 ], [ %34, %29 ]
  %48 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %46, i64 %47)
  %49 = extractvalue { i64, i1 } %48, 1
  %50 = extractvalue { i64, i1 } %48, 0
  %51 = icmp slt i64 %50, 0
  %52 = or i1 %49, %51
  br i1 %52, label %53, label %26

53:                                               ; preds = %45
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %3, i32 noundef %4, i32 noundef %5) #40
  unreachable

54:                                               ; preds = %26
  %55 = extractvalue { i64, i1 } %48, 0
  br label %56

56:                                               ; preds = %54, %18, %16
  %57 = phi i64 [ 0, %16 ], [ 1, %18 ], [ %55, %54 ]
  ret i64 %57
}

; Function Attrs: nounwind
define i64 @ember_math_perm(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp slt i64 %0, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %5
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.103, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

8:                                                ; preds = %5
  %9 = icmp eq i64 %1, -9223372036854775808
  %10 = select i1 %9, i64 %0, i64 %1
  %11 = icmp slt i64 %10, 0
  br i1 %11, label %12, label %13

12:                                               ; preds = %8
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.104, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

13:                                               ; preds = %8
  %14 = icmp ugt i64 %10, %0
  br i1 %14, label %34, label %15

15:                                               ; preds = %13
  %16 = icmp eq i64 %10, 0
  br i1 %16, label %34, label %17

17:                                               ; preds = %15
  %18 = add nuw i64 %0, 1
  br label %22

19:                                               ; preds = %22
  %20 = add nuw i64 %23, 1
  %21 = icmp eq i64 %23, %10
  br i1 %21, label %32, label %22, !llvm.loop !236

22:                                               ; preds = %17, %19
  %23 = phi i64 [ %20, %19 ], [ 1, %17 ]
  %24 = phi i64 [ %28, %19 ], [ 1, %17 ]
  %25 = sub i64 %18, %23
  %26 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %24, i64 %25) #37
  %27 = extractvalue { i64, i1 } %26, 1
  %28 = extractvalue { i64, i1 } %26, 0
  %29 = icmp slt i64 %28, 0
  %30 = or i1 %27, %29
  br i1 %30, label %31, label %19

31:                                               ; preds = %22
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.57, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

32:                                               ; preds = %19
  %33 = extractvalue { i64, i1 } %26, 0
  br label %34

34:                                               ; preds = %32, %13, %15
  %35 = phi i64 [ 0, %13 ], [ 1, %15 ], [ %33, %32 ]
  ret i64 %35
}

; Function Attrs: nounwind
define i64 @ember_math_isqrt(i64 noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp slt i64 %0, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([37 x i8], [37 x i8]* @.str.59, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

7:                                                ; preds = %4
  %8 = sitofp i64 %0 to double
  %9 = tail call double @sqrt(double noundef %8) #37
  %10 = fptoui double %9 to i64
  br label %11

11:                                               ; preds = %11, %7
  %12 = phi i64 [ %10, %7 ], [ %15, %11 ]
  %13 = mul i64 %12, %12
  %14 = icmp ugt i64 %13, %0
  %15 = add i64 %12, -1
  br i1 %14, label %11, label %16, !llvm.loop !237

16:                                               ; preds = %11, %16
  %17 = phi i64 [ %18, %16 ], [ %12, %11 ]
  %18 = add i64 %17, 1
  %19 = mul i64 %18, %18
  %20 = icmp ugt i64 %19, %0
  br i1 %20, label %21, label %16, !llvm.loop !238

21:                                               ; preds = %16
  ret i64 %17
}

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @sqrt(double noundef) local_unnamed_addr #22

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
define double @ember_fmod_py(double noundef %0, double noundef %1) local_unnamed_addr #23 {
  %3 = tail call double @fmod(double noundef %0, double noundef %1) #37
  %4 = fcmp une double %3, 0.000000e+00
  br i1 %4, label %5, label %11

5:                                                ; preds = %2
  %6 = fcmp uge double %1, 0.000000e+00
  %7 = fcmp olt double %3, 0.000000e+00
  %8 = xor i1 %6, %7
  %9 = select i1 %8, double -0.000000e+00, double %1
  %10 = fadd double %3, %9
  br label %13

11:                                               ; preds = %2
  %12 = tail call double @llvm.copysign.f64(double 0.000000e+00, double %1)
  br label %13

13:                                               ; preds = %5, %11
  %14 = phi double [ %12, %11 ], [ %10, %5 ]
  ret double %14
}

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @fmod(double noundef, double noundef) local_unnamed_addr #22

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.copysign.f64(double, double) #5

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
define double @ember_floordiv_f64(double noundef %0, double noundef %1) local_unnamed_addr #23 {
  %3 = tail call double @fmod(double noundef %0, double noundef %1) #37
  %4 = fsub double %0, %3
  %5 = fdiv double %4, %1
  %6 = fcmp une double %3, 0.000000e+00
  br i1 %6, label %7, label %13

7:                                                ; preds = %2
  %8 = fcmp uge double %1, 0.000000e+00
  %9 = fcmp olt double %3, 0.000000e+00
  %10 = xor i1 %8, %9
  %11 = fadd double %5, -1.000000e+00
  %12 = select i1 %10, double %5, double %11
  br label %13

13:                                               ; preds = %7, %2
  %14 = phi double [ %5, %2 ], [ %12, %7 ]
  %15 = fcmp une double %14, 0.000000e+00
  br i1 %15, label %19, label %16

16:                                               ; preds = %13
  %17 = fdiv double %0, %1
  %18 = tail call double @llvm.copysign.f64(double 0.000000e+00, double %17)
  br label %25

19:                                               ; preds = %13
  %20 = tail call double @llvm.floor.f64(double %14)
  %21 = fsub double %14, %20
  %22 = fcmp ogt double %21, 5.000000e-01
  %23 = fadd double %20, 1.000000e+00
  %24 = select i1 %22, double %23, double %20
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi double [ %24, %19 ], [ %18, %16 ]
  ret double %26
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #5

; Function Attrs: nounwind
define double @ember_round_f64(double noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call double @llvm.fabs.f64(double %0) #42
  %4 = fcmp ueq double %3, 0x7FF0000000000000
  %5 = fcmp oeq double %0, 0.000000e+00
  %6 = or i1 %5, %4
  %7 = icmp sgt i64 %1, 323
  %8 = or i1 %7, %6
  br i1 %8, label %187, label %9

9:                                                ; preds = %2
  %10 = icmp slt i64 %1, -308
  br i1 %10, label %11, label %13

11:                                               ; preds = %9
  %12 = fmul double %0, 0.000000e+00
  br label %187

13:                                               ; preds = %9
  %14 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

17:                                               ; preds = %13
  %18 = getelementptr inbounds i8, i8* %14, i64 8
  %19 = bitcast i8* %18 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %19, align 8, !tbaa !11
  %20 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %21 = icmp eq i8* %20, null
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

23:                                               ; preds = %17
  %24 = bitcast i8* %14 to %struct.EmBuf*
  %25 = bitcast i8* %14 to i8**
  store i8* %20, i8** %25, align 8, !tbaa !43
  %26 = icmp sgt i64 %1, -1
  br i1 %26, label %27, label %31

27:                                               ; preds = %23
  %28 = trunc i64 %1 to i32
  tail call fastcc void @buf_fixed(%struct.EmBuf* noundef nonnull %24, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.25, i64 0, i64 0), i32 noundef %28, double noundef %0)
  %29 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 1
  %30 = load i64, i64* %29, align 8, !tbaa !45
  br label %179

31:                                               ; preds = %23
  %32 = tail call double @llvm.trunc.f64(double %0)
  %33 = fsub double %0, %32
  %34 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %35 = icmp eq i8* %34, null
  br i1 %35, label %36, label %37

36:                                               ; preds = %31
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

37:                                               ; preds = %31
  %38 = getelementptr inbounds i8, i8* %34, i64 8
  %39 = bitcast i8* %38 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %39, align 8, !tbaa !11
  %40 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %41 = icmp eq i8* %40, null
  br i1 %41, label %42, label %43

42:                                               ; preds = %37
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

43:                                               ; preds = %37
  %44 = bitcast i8* %34 to %struct.EmBuf*
  %45 = bitcast i8* %34 to i8**
  store i8* %40, i8** %45, align 8, !tbaa !43
  %46 = tail call double @llvm.fabs.f64(double %32)
  tail call fastcc void @buf_fixed(%struct.EmBuf* noundef nonnull %44, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.25, i64 0, i64 0), i32 noundef 0, double noundef %46)
  %47 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %44, i64 0, i32 0
  %48 = load i8*, i8** %47, align 8, !tbaa !43
  %49 = getelementptr inbounds i8, i8* %48, i64 16
  %50 = sub nsw i64 0, %1
  %51 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %44, i64 0, i32 1
  %52 = load i64, i64* %51, align 8, !tbaa !45
  %53 = add nsw i64 %52, %1
  %54 = icmp sgt i64 %53, -1
  br i1 %54, label %55, label %96

55:                                               ; preds = %43
  %56 = getelementptr inbounds i8, i8* %49, i64 %53
  %57 = load i8, i8* %56, align 1, !tbaa !17
  %58 = icmp sgt i8 %57, 53
  %59 = icmp ne i8 %57, 53
  %60 = sext i1 %59 to i32
  %61 = select i1 %58, i32 1, i32 %60
  %62 = icmp eq i32 %61, 0
  %63 = icmp ne i64 %1, -1
  %64 = and i1 %62, %63
  br i1 %64, label %74, label %67

65:                                               ; preds = %74
  %66 = zext i1 %78 to i32
  br label %67

67:                                               ; preds = %65, %55
  %68 = phi i32 [ %61, %55 ], [ %66, %65 ]
  %69 = phi i1 [ %62, %55 ], [ %80, %65 ]
  %70 = fcmp une double %33, 0.000000e+00
  %71 = select i1 %69, i1 %70, i1 false
  %72 = select i1 %71, i32 1, i32 %68
  %73 = icmp sgt i32 %72, 0
  br i1 %73, label %96, label %83

74:                                               ; preds = %55, %74
  %75 = phi i64 [ %79, %74 ], [ 1, %55 ]
  %76 = getelementptr inbounds i8, i8* %56, i64 %75
  %77 = load i8, i8* %76, align 1, !tbaa !17
  %78 = icmp ne i8 %77, 48
  %79 = add nuw nsw i64 %75, 1
  %80 = xor i1 %78, true
  %81 = icmp slt i64 %79, %50
  %82 = select i1 %80, i1 %81, i1 false
  br i1 %82, label %74, label %65, !llvm.loop !239

83:                                               ; preds = %67
  %84 = icmp eq i32 %72, 0
  %85 = icmp sgt i64 %53, 0
  %86 = select i1 %84, i1 %85, i1 false
  br i1 %86, label %87, label %96

87:                                               ; preds = %83
  %88 = add nsw i64 %53, -1
  %89 = getelementptr inbounds i8, i8* %49, i64 %88
  %90 = load i8, i8* %89, align 1, !tbaa !17
  %91 = sext i8 %90 to i16
  %92 = add nsw i16 %91, -48
  %93 = srem i16 %92, 2
  %94 = icmp eq i16 %93, 1
  %95 = zext i1 %94 to i32
  br label %96

96:                                               ; preds = %67, %87, %83, %43
  %97 = phi i32 [ 0, %43 ], [ 1, %67 ], [ 0, %83 ], [ %95, %87 ]
  %98 = bitcast double %0 to i64
  %99 = icmp slt i64 %98, 0
  %100 = select i1 %99, i8 45, i8 43
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %24, i8 noundef signext %100)
  tail call fastcc void @buf_c(%struct.EmBuf* noundef nonnull %24, i8 noundef signext 48)
  %101 = icmp sgt i64 %53, 0
  br i1 %101, label %107, label %102

102:                                              ; preds = %96
  %103 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %104 = load i8*, i8** %103, align 8, !tbaa !43
  %105 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 1
  %106 = load i64, i64* %105, align 8, !tbaa !45
  br label %139

107:                                              ; preds = %96
  %108 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 1
  %109 = load i64, i64* %108, align 8, !tbaa !45
  %110 = add nsw i64 %109, %53
  %111 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 2
  %112 = load i64, i64* %111, align 8, !tbaa !67
  %113 = icmp sgt i64 %110, %112
  br i1 %113, label %117, label %114

114:                                              ; preds = %107
  %115 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %116 = load i8*, i8** %115, align 8, !tbaa !43
  br label %135

117:                                              ; preds = %107
  %118 = shl nsw i64 %112, 1
  %119 = icmp sgt i64 %118, %110
  %120 = select i1 %119, i64 %118, i64 %110
  %121 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %122 = add nsw i64 %120, 17
  %123 = icmp sgt i64 %120, -18
  br i1 %123, label %124, label %130

124:                                              ; preds = %117
  %125 = load i8*, i8** %121, align 8, !tbaa !43
  %126 = icmp eq i64 %122, 0
  %127 = select i1 %126, i64 1, i64 %122
  %128 = tail call i8* @realloc(i8* noundef %125, i64 noundef %127) #37
  %129 = icmp eq i8* %128, null
  br i1 %129, label %130, label %131

130:                                              ; preds = %124, %117
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

131:                                              ; preds = %124
  %132 = icmp ugt i64 %122, 4095
  br i1 %132, label %133, label %134

133:                                              ; preds = %131
  tail call fastcc void @advise_big(i8* noundef nonnull %128, i64 noundef %122) #37
  br label %134

134:                                              ; preds = %133, %131
  store i8* %128, i8** %121, align 8, !tbaa !43
  store i64 %120, i64* %111, align 8, !tbaa !67
  br label %135

135:                                              ; preds = %114, %134
  %136 = phi i8* [ %116, %114 ], [ %128, %134 ]
  %137 = getelementptr inbounds i8, i8* %136, i64 16
  %138 = getelementptr inbounds i8, i8* %137, i64 %109
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %138, i8* nonnull align 1 %49, i64 %53, i1 false) #37
  store i64 %110, i64* %108, align 8, !tbaa !45
  br label %139

139:                                              ; preds = %102, %135
  %140 = phi i64 [ %106, %102 ], [ %110, %135 ]
  %141 = phi i8* [ %104, %102 ], [ %136, %135 ]
  tail call void @free(i8* noundef %48) #37
  tail call void @free(i8* noundef %34) #37
  %142 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %143 = getelementptr inbounds i8, i8* %141, i64 16
  %144 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 1
  %145 = icmp eq i32 %97, 0
  br i1 %145, label %146, label %171

146:                                              ; preds = %171, %139
  %147 = sub i64 %140, %1
  %148 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 2
  %149 = load i64, i64* %148, align 8, !tbaa !67
  %150 = icmp sgt i64 %147, %149
  br i1 %150, label %151, label %167

151:                                              ; preds = %146
  %152 = shl nsw i64 %149, 1
  %153 = icmp sgt i64 %152, %147
  %154 = select i1 %153, i64 %152, i64 %147
  %155 = add nsw i64 %154, 17
  %156 = icmp sgt i64 %154, -18
  br i1 %156, label %157, label %162

157:                                              ; preds = %151
  %158 = icmp eq i64 %155, 0
  %159 = select i1 %158, i64 1, i64 %155
  %160 = tail call i8* @realloc(i8* noundef %141, i64 noundef %159) #37
  %161 = icmp eq i8* %160, null
  br i1 %161, label %162, label %163

162:                                              ; preds = %157, %151
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

163:                                              ; preds = %157
  %164 = icmp ugt i64 %155, 4095
  br i1 %164, label %165, label %166

165:                                              ; preds = %163
  tail call fastcc void @advise_big(i8* noundef nonnull %160, i64 noundef %155) #37
  br label %166

166:                                              ; preds = %165, %163
  store i8* %160, i8** %142, align 8, !tbaa !43
  store i64 %154, i64* %148, align 8, !tbaa !67
  br label %167

167:                                              ; preds = %146, %166
  %168 = phi i8* [ %160, %166 ], [ %141, %146 ]
  %169 = getelementptr inbounds i8, i8* %168, i64 16
  %170 = getelementptr inbounds i8, i8* %169, i64 %140
  tail call void @llvm.memset.p0i8.i64(i8* nonnull align 1 %170, i8 48, i64 %50, i1 false) #37
  store i64 %147, i64* %144, align 8, !tbaa !45
  br label %179

171:                                              ; preds = %139, %171
  %172 = phi i64 [ %173, %171 ], [ %140, %139 ]
  %173 = add nsw i64 %172, -1
  %174 = getelementptr inbounds i8, i8* %143, i64 %173
  %175 = load i8, i8* %174, align 1, !tbaa !17
  %176 = icmp eq i8 %175, 57
  %177 = add i8 %175, 1
  %178 = select i1 %176, i8 48, i8 %177
  store i8 %178, i8* %174, align 1, !tbaa !17
  br i1 %176, label %171, label %146

179:                                              ; preds = %167, %27
  %180 = phi i64 [ %147, %167 ], [ %30, %27 ]
  %181 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %182 = load i8*, i8** %181, align 8, !tbaa !43
  %183 = add nsw i64 %180, 16
  %184 = getelementptr inbounds i8, i8* %182, i64 %183
  store i8 0, i8* %184, align 1, !tbaa !17
  %185 = getelementptr inbounds i8, i8* %182, i64 16
  %186 = tail call double @strtod(i8* nocapture noundef nonnull %185, i8** noundef null) #37
  tail call void @free(i8* noundef %182) #37
  tail call void @free(i8* noundef nonnull %14) #37
  br label %187

187:                                              ; preds = %2, %179, %11
  %188 = phi double [ %12, %11 ], [ %186, %179 ], [ %0, %2 ]
  ret double %188
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #5

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(i8* noundef readonly, i8** nocapture noundef) local_unnamed_addr #24

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone willreturn
define i64 @ember_hash_i64(i64 noundef %0) local_unnamed_addr #11 {
  %2 = lshr i64 %0, 30
  %3 = xor i64 %2, %0
  %4 = mul i64 %3, -4658895280553007687
  %5 = lshr i64 %4, 27
  %6 = xor i64 %5, %4
  %7 = mul i64 %6, -7723592293110705685
  %8 = lshr i64 %7, 31
  %9 = xor i64 %8, %7
  %10 = icmp eq i64 %9, -1
  %11 = select i1 %10, i64 0, i64 %9
  ret i64 %11
}

; Function Attrs: nofree norecurse nosync nounwind readonly
define i64 @ember_hash_str(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #15 {
  %2 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %3 = load i64, i64* %2, align 8, !tbaa !11
  %4 = icmp sgt i64 %3, 0
  br i1 %4, label %5, label %28

5:                                                ; preds = %1
  %6 = add i64 %3, -1
  %7 = and i64 %3, 3
  %8 = icmp ult i64 %6, 3
  br i1 %8, label %11, label %9

9:                                                ; preds = %5
  %10 = and i64 %3, -4
  br label %40

11:                                               ; preds = %40, %5
  %12 = phi i64 [ undef, %5 ], [ %66, %40 ]
  %13 = phi i64 [ 0, %5 ], [ %67, %40 ]
  %14 = phi i64 [ -3750763034362895579, %5 ], [ %66, %40 ]
  %15 = icmp eq i64 %7, 0
  br i1 %15, label %28, label %16

16:                                               ; preds = %11, %16
  %17 = phi i64 [ %25, %16 ], [ %13, %11 ]
  %18 = phi i64 [ %24, %16 ], [ %14, %11 ]
  %19 = phi i64 [ %26, %16 ], [ 0, %11 ]
  %20 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %17
  %21 = load i8, i8* %20, align 1, !tbaa !17
  %22 = zext i8 %21 to i64
  %23 = xor i64 %18, %22
  %24 = mul i64 %23, 1099511628211
  %25 = add nuw nsw i64 %17, 1
  %26 = add i64 %19, 1
  %27 = icmp eq i64 %26, %7
  br i1 %27, label %28, label %16, !llvm.loop !240

28:                                               ; preds = %11, %16, %1
  %29 = phi i64 [ -3750763034362895579, %1 ], [ %12, %11 ], [ %24, %16 ]
  %30 = lshr i64 %29, 30
  %31 = xor i64 %30, %29
  %32 = mul i64 %31, -4658895280553007687
  %33 = lshr i64 %32, 27
  %34 = xor i64 %33, %32
  %35 = mul i64 %34, -7723592293110705685
  %36 = lshr i64 %35, 31
  %37 = xor i64 %36, %35
  %38 = icmp eq i64 %37, -1
  %39 = select i1 %38, i64 0, i64 %37
  ret i64 %39

40:                                               ; preds = %40, %9
  %41 = phi i64 [ 0, %9 ], [ %67, %40 ]
  %42 = phi i64 [ -3750763034362895579, %9 ], [ %66, %40 ]
  %43 = phi i64 [ 0, %9 ], [ %68, %40 ]
  %44 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %41
  %45 = load i8, i8* %44, align 1, !tbaa !17
  %46 = zext i8 %45 to i64
  %47 = xor i64 %42, %46
  %48 = mul i64 %47, 1099511628211
  %49 = or i64 %41, 1
  %50 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %49
  %51 = load i8, i8* %50, align 1, !tbaa !17
  %52 = zext i8 %51 to i64
  %53 = xor i64 %48, %52
  %54 = mul i64 %53, 1099511628211
  %55 = or i64 %41, 2
  %56 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %55
  %57 = load i8, i8* %56, align 1, !tbaa !17
  %58 = zext i8 %57 to i64
  %59 = xor i64 %54, %58
  %60 = mul i64 %59, 1099511628211
  %61 = or i64 %41, 3
  %62 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %61
  %63 = load i8, i8* %62, align 1, !tbaa !17
  %64 = zext i8 %63 to i64
  %65 = xor i64 %60, %64
  %66 = mul i64 %65, 1099511628211
  %67 = add nuw nsw i64 %41, 4
  %68 = add i64 %43, 4
  %69 = icmp eq i64 %68, %10
  br i1 %69, label %11, label %40, !llvm.loop !241
}

; Function Attrs: nounwind
define noalias %struct.EmDict* @ember_dict_new(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = call dereferenceable_or_null(48) i8* @calloc(i64 1, i64 48)
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

6:                                                ; preds = %2
  %7 = bitcast i8* %3 to %struct.EmDict*
  %8 = icmp sgt i64 %1, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %6
  tail call void @ember_dict_reserve(%struct.EmDict* noundef nonnull %7, i64 noundef %0, i64 noundef %1)
  br label %10

10:                                               ; preds = %9, %6
  ret %struct.EmDict* %7
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #25

; Function Attrs: nounwind
define void @ember_dict_reserve(%struct.EmDict* nocapture noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !242
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  br label %16

9:                                                ; preds = %36, %3
  %10 = phi i64 [ 0, %3 ], [ %39, %36 ]
  store i64 %10, i64* %4, align 8, !tbaa !242
  %11 = icmp sgt i64 %10, %2
  %12 = select i1 %11, i64 %10, i64 %2
  %13 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 2
  %14 = load i64, i64* %13, align 8, !tbaa !244
  %15 = icmp sgt i64 %12, %14
  br i1 %15, label %42, label %57

16:                                               ; preds = %7, %36
  %17 = phi i64 [ %5, %7 ], [ %37, %36 ]
  %18 = phi i64 [ %5, %7 ], [ %38, %36 ]
  %19 = phi i64 [ 0, %7 ], [ %40, %36 ]
  %20 = phi i64 [ 0, %7 ], [ %39, %36 ]
  %21 = load i8*, i8** %8, align 8, !tbaa !245
  %22 = mul nsw i64 %19, %1
  %23 = getelementptr inbounds i8, i8* %21, i64 %22
  %24 = bitcast i8* %23 to i64*
  %25 = load i64, i64* %24, align 8, !tbaa !11
  %26 = icmp eq i64 %25, -1
  br i1 %26, label %36, label %27

27:                                               ; preds = %16
  %28 = icmp eq i64 %20, %19
  br i1 %28, label %33, label %29

29:                                               ; preds = %27
  %30 = mul nsw i64 %20, %1
  %31 = getelementptr inbounds i8, i8* %21, i64 %30
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %31, i8* nonnull align 1 %23, i64 %1, i1 false)
  %32 = load i64, i64* %4, align 8, !tbaa !242
  br label %33

33:                                               ; preds = %29, %27
  %34 = phi i64 [ %32, %29 ], [ %17, %27 ]
  %35 = add nsw i64 %20, 1
  br label %36

36:                                               ; preds = %16, %33
  %37 = phi i64 [ %34, %33 ], [ %17, %16 ]
  %38 = phi i64 [ %34, %33 ], [ %18, %16 ]
  %39 = phi i64 [ %35, %33 ], [ %20, %16 ]
  %40 = add nuw nsw i64 %19, 1
  %41 = icmp slt i64 %40, %38
  br i1 %41, label %16, label %9, !llvm.loop !246

42:                                               ; preds = %9
  %43 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %44 = load i8*, i8** %43, align 8, !tbaa !245
  %45 = or i64 %12, %1
  %46 = icmp sgt i64 %45, -1
  br i1 %46, label %47, label %50

47:                                               ; preds = %42
  %48 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %12, i64 %1) #37
  %49 = extractvalue { i64, i1 } %48, 1
  br i1 %49, label %50, label %51

50:                                               ; preds = %47, %42
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

51:                                               ; preds = %47
  %52 = extractvalue { i64, i1 } %48, 0
  %53 = tail call i8* @realloc(i8* noundef %44, i64 noundef %52) #37
  store i8* %53, i8** %43, align 8, !tbaa !245
  %54 = icmp eq i8* %53, null
  br i1 %54, label %55, label %56

55:                                               ; preds = %51
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable

56:                                               ; preds = %51
  store i64 %12, i64* %13, align 8, !tbaa !244
  br label %57

57:                                               ; preds = %56, %9
  %58 = mul nsw i64 %12, 3
  br label %59

59:                                               ; preds = %59, %57
  %60 = phi i64 [ 8, %57 ], [ %61, %59 ]
  %61 = shl nsw i64 %60, 1
  %62 = icmp slt i64 %61, %58
  br i1 %62, label %59, label %63, !llvm.loop !247

63:                                               ; preds = %59
  %64 = add nsw i64 %60, -1
  %65 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %66 = load i64, i64* %65, align 8, !tbaa !248
  %67 = icmp eq i64 %64, %66
  %68 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  br i1 %67, label %72, label %69

69:                                               ; preds = %63
  %70 = bitcast i64** %68 to i8**
  %71 = load i8*, i8** %70, align 8, !tbaa !249
  br label %77

72:                                               ; preds = %63
  %73 = load i64*, i64** %68, align 8, !tbaa !249
  %74 = icmp eq i64* %73, null
  br i1 %74, label %75, label %97

75:                                               ; preds = %72
  %76 = bitcast i64* %73 to i8*
  br label %77

77:                                               ; preds = %75, %69
  %78 = phi i8* [ %76, %75 ], [ %71, %69 ]
  %79 = bitcast i64** %68 to i8**
  tail call void @free(i8* noundef %78) #37
  %80 = icmp sgt i64 %60, -1
  br i1 %80, label %81, label %84

81:                                               ; preds = %77
  %82 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %60, i64 8) #37
  %83 = extractvalue { i64, i1 } %82, 1
  br i1 %83, label %84, label %85

84:                                               ; preds = %81, %77
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

85:                                               ; preds = %81
  %86 = extractvalue { i64, i1 } %82, 0
  %87 = icmp eq i64 %86, 0
  %88 = select i1 %87, i64 1, i64 %86
  %89 = tail call noalias i8* @malloc(i64 noundef %88) #37
  %90 = icmp eq i8* %89, null
  br i1 %90, label %91, label %92

91:                                               ; preds = %85
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

92:                                               ; preds = %85
  %93 = icmp ugt i64 %86, 4095
  br i1 %93, label %94, label %95

94:                                               ; preds = %92
  tail call fastcc void @advise_big(i8* noundef nonnull %89, i64 noundef %86) #37
  br label %95

95:                                               ; preds = %94, %92
  store i8* %89, i8** %79, align 8, !tbaa !249
  store i64 %64, i64* %65, align 8, !tbaa !248
  %96 = bitcast i8* %89 to i64*
  br label %97

97:                                               ; preds = %72, %95
  %98 = phi i64* [ %96, %95 ], [ %73, %72 ]
  %99 = bitcast i64* %98 to i8*
  %100 = shl i64 %64, 3
  %101 = add i64 %100, 8
  tail call void @llvm.memset.p0i8.i64(i8* nonnull align 8 %99, i8 -1, i64 %101, i1 false) #37
  %102 = load i64, i64* %4, align 8, !tbaa !242
  %103 = icmp sgt i64 %102, 0
  br i1 %103, label %104, label %128

104:                                              ; preds = %97
  %105 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  %106 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %107 = load i8*, i8** %106, align 8, !tbaa !245
  %108 = load i64*, i64** %105, align 8, !tbaa !249
  br label %109

109:                                              ; preds = %123, %104
  %110 = phi i64 [ 0, %104 ], [ %125, %123 ]
  %111 = mul nsw i64 %110, %1
  %112 = getelementptr inbounds i8, i8* %107, i64 %111
  %113 = bitcast i8* %112 to i64*
  %114 = load i64, i64* %113, align 8, !tbaa !11
  %115 = load i64, i64* %65, align 8, !tbaa !248
  br label %116

116:                                              ; preds = %116, %109
  %117 = phi i64 [ %114, %109 ], [ %122, %116 ]
  %118 = and i64 %117, %115
  %119 = getelementptr inbounds i64, i64* %108, i64 %118
  %120 = load i64, i64* %119, align 8, !tbaa !11
  %121 = icmp eq i64 %120, -1
  %122 = add i64 %118, 1
  br i1 %121, label %123, label %116, !llvm.loop !250

123:                                              ; preds = %116
  %124 = getelementptr inbounds i64, i64* %108, i64 %118
  store i64 %110, i64* %124, align 8, !tbaa !11
  %125 = add nuw nsw i64 %110, 1
  %126 = load i64, i64* %4, align 8, !tbaa !242
  %127 = icmp slt i64 %125, %126
  br i1 %127, label %109, label %128, !llvm.loop !251

128:                                              ; preds = %123, %97
  ret void
}

; Function Attrs: inaccessiblemem_or_argmemonly mustprogress nounwind willreturn
declare noalias noundef i8* @realloc(i8* nocapture noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: nounwind
define i8* @ember_dict_find(%struct.EmDict* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, i8* noundef %3, i32 (i8*, i8*)* nocapture noundef readonly %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  %7 = load i64*, i64** %6, align 8, !tbaa !249
  %8 = icmp eq i64* %7, null
  br i1 %8, label %58, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %11 = load i64, i64* %10, align 8, !tbaa !248
  %12 = and i64 %11, %2
  %13 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  br label %14

14:                                               ; preds = %42, %9
  %15 = phi i64* [ %7, %9 ], [ %43, %42 ]
  %16 = phi i64 [ %11, %9 ], [ %44, %42 ]
  %17 = phi i64 [ %12, %9 ], [ %47, %42 ]
  %18 = phi i64 [ -1, %9 ], [ %45, %42 ]
  %19 = getelementptr inbounds i64, i64* %15, i64 %17
  %20 = load i64, i64* %19, align 8, !tbaa !11
  switch i64 %20, label %28 [
    i64 -1, label %21
    i64 -2, label %25
  ]

21:                                               ; preds = %14
  %22 = icmp slt i64 %18, 0
  %23 = select i1 %22, i64 %17, i64 %18
  %24 = xor i64 %23, -1
  br label %48

25:                                               ; preds = %14
  %26 = icmp slt i64 %18, 0
  %27 = select i1 %26, i64 %17, i64 %18
  br label %42

28:                                               ; preds = %14
  %29 = load i8*, i8** %13, align 8, !tbaa !245
  %30 = mul nsw i64 %20, %1
  %31 = getelementptr inbounds i8, i8* %29, i64 %30
  %32 = bitcast i8* %31 to i64*
  %33 = load i64, i64* %32, align 8, !tbaa !11
  %34 = icmp eq i64 %33, %2
  br i1 %34, label %35, label %42

35:                                               ; preds = %28
  %36 = getelementptr inbounds i8, i8* %31, i64 8
  %37 = tail call i32 %4(i8* noundef nonnull %36, i8* noundef %3) #37
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %39, label %48

39:                                               ; preds = %35
  %40 = load i64, i64* %10, align 8, !tbaa !248
  %41 = load i64*, i64** %6, align 8, !tbaa !249
  br label %42

42:                                               ; preds = %39, %28, %25
  %43 = phi i64* [ %15, %25 ], [ %41, %39 ], [ %15, %28 ]
  %44 = phi i64 [ %16, %25 ], [ %40, %39 ], [ %16, %28 ]
  %45 = phi i64 [ %27, %25 ], [ %18, %39 ], [ %18, %28 ]
  %46 = add i64 %17, 1
  %47 = and i64 %44, %46
  br label %14

48:                                               ; preds = %35, %21
  %49 = phi i64 [ %24, %21 ], [ %17, %35 ]
  %50 = icmp slt i64 %49, 0
  br i1 %50, label %58, label %51

51:                                               ; preds = %48
  %52 = load i8*, i8** %13, align 8, !tbaa !245
  %53 = load i64*, i64** %6, align 8, !tbaa !249
  %54 = getelementptr inbounds i64, i64* %53, i64 %49
  %55 = load i64, i64* %54, align 8, !tbaa !11
  %56 = mul nsw i64 %55, %1
  %57 = getelementptr inbounds i8, i8* %52, i64 %56
  br label %58

58:                                               ; preds = %5, %48, %51
  %59 = phi i8* [ %57, %51 ], [ null, %48 ], [ null, %5 ]
  ret i8* %59
}

; Function Attrs: nounwind
define i8* @ember_dict_slot(%struct.EmDict* nocapture noundef %0, i64 noundef %1, i64 noundef %2, i8* noundef %3, i32 (i8*, i8*)* nocapture noundef readonly %4, i32* nocapture noundef writeonly %5) local_unnamed_addr #0 {
  %7 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  %8 = load i64*, i64** %7, align 8, !tbaa !249
  %9 = icmp eq i64* %8, null
  br i1 %9, label %59, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %12 = load i64, i64* %11, align 8, !tbaa !248
  %13 = and i64 %12, %2
  %14 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  br label %15

15:                                               ; preds = %43, %10
  %16 = phi i64* [ %8, %10 ], [ %44, %43 ]
  %17 = phi i64 [ %12, %10 ], [ %45, %43 ]
  %18 = phi i64 [ %13, %10 ], [ %48, %43 ]
  %19 = phi i64 [ -1, %10 ], [ %46, %43 ]
  %20 = getelementptr inbounds i64, i64* %16, i64 %18
  %21 = load i64, i64* %20, align 8, !tbaa !11
  switch i64 %21, label %29 [
    i64 -1, label %22
    i64 -2, label %26
  ]

22:                                               ; preds = %15
  %23 = icmp slt i64 %19, 0
  %24 = select i1 %23, i64 %18, i64 %19
  %25 = xor i64 %24, -1
  br label %49

26:                                               ; preds = %15
  %27 = icmp slt i64 %19, 0
  %28 = select i1 %27, i64 %18, i64 %19
  br label %43

29:                                               ; preds = %15
  %30 = load i8*, i8** %14, align 8, !tbaa !245
  %31 = mul nsw i64 %21, %1
  %32 = getelementptr inbounds i8, i8* %30, i64 %31
  %33 = bitcast i8* %32 to i64*
  %34 = load i64, i64* %33, align 8, !tbaa !11
  %35 = icmp eq i64 %34, %2
  br i1 %35, label %36, label %43

36:                                               ; preds = %29
  %37 = getelementptr inbounds i8, i8* %32, i64 8
  %38 = tail call i32 %4(i8* noundef nonnull %37, i8* noundef %3) #37
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %49

40:                                               ; preds = %36
  %41 = load i64, i64* %11, align 8, !tbaa !248
  %42 = load i64*, i64** %7, align 8, !tbaa !249
  br label %43

43:                                               ; preds = %40, %29, %26
  %44 = phi i64* [ %16, %26 ], [ %42, %40 ], [ %16, %29 ]
  %45 = phi i64 [ %17, %26 ], [ %41, %40 ], [ %17, %29 ]
  %46 = phi i64 [ %28, %26 ], [ %19, %40 ], [ %19, %29 ]
  %47 = add i64 %18, 1
  %48 = and i64 %45, %47
  br label %15

49:                                               ; preds = %36, %22
  %50 = phi i64 [ %25, %22 ], [ %18, %36 ]
  %51 = icmp sgt i64 %50, -1
  br i1 %51, label %52, label %59

52:                                               ; preds = %49
  store i32 0, i32* %5, align 4, !tbaa !3
  %53 = load i8*, i8** %14, align 8, !tbaa !245
  %54 = load i64*, i64** %7, align 8, !tbaa !249
  %55 = getelementptr inbounds i64, i64* %54, i64 %50
  %56 = load i64, i64* %55, align 8, !tbaa !11
  %57 = mul nsw i64 %56, %1
  %58 = getelementptr inbounds i8, i8* %53, i64 %57
  br label %138

59:                                               ; preds = %6, %49
  %60 = phi i64 [ %50, %49 ], [ -1, %6 ]
  %61 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 1
  %62 = load i64, i64* %61, align 8, !tbaa !242
  %63 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 2
  %64 = load i64, i64* %63, align 8, !tbaa !244
  %65 = icmp slt i64 %62, %64
  br i1 %65, label %66, label %74

66:                                               ; preds = %59
  %67 = mul i64 %62, 3
  %68 = add i64 %67, 3
  %69 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %70 = load i64, i64* %69, align 8, !tbaa !248
  %71 = shl i64 %70, 1
  %72 = add i64 %71, 2
  %73 = icmp sgt i64 %68, %72
  br i1 %73, label %74, label %122

74:                                               ; preds = %66, %59
  %75 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 0
  %76 = load i64, i64* %75, align 8, !tbaa !252
  %77 = shl nsw i64 %76, 1
  %78 = or i64 %77, 1
  %79 = icmp sgt i64 %78, 8
  %80 = select i1 %79, i64 %78, i64 8
  tail call void @ember_dict_reserve(%struct.EmDict* noundef nonnull %0, i64 noundef %1, i64 noundef %80)
  %81 = load i64*, i64** %7, align 8, !tbaa !249
  %82 = icmp eq i64* %81, null
  br i1 %82, label %122, label %83

83:                                               ; preds = %74
  %84 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %85 = load i64, i64* %84, align 8, !tbaa !248
  %86 = and i64 %85, %2
  %87 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  br label %88

88:                                               ; preds = %116, %83
  %89 = phi i64* [ %81, %83 ], [ %117, %116 ]
  %90 = phi i64 [ %85, %83 ], [ %118, %116 ]
  %91 = phi i64 [ %86, %83 ], [ %121, %116 ]
  %92 = phi i64 [ -1, %83 ], [ %119, %116 ]
  %93 = getelementptr inbounds i64, i64* %89, i64 %91
  %94 = load i64, i64* %93, align 8, !tbaa !11
  switch i64 %94, label %102 [
    i64 -1, label %95
    i64 -2, label %99
  ]

95:                                               ; preds = %88
  %96 = icmp slt i64 %92, 0
  %97 = select i1 %96, i64 %91, i64 %92
  %98 = xor i64 %97, -1
  br label %122

99:                                               ; preds = %88
  %100 = icmp slt i64 %92, 0
  %101 = select i1 %100, i64 %91, i64 %92
  br label %116

102:                                              ; preds = %88
  %103 = load i8*, i8** %87, align 8, !tbaa !245
  %104 = mul nsw i64 %94, %1
  %105 = getelementptr inbounds i8, i8* %103, i64 %104
  %106 = bitcast i8* %105 to i64*
  %107 = load i64, i64* %106, align 8, !tbaa !11
  %108 = icmp eq i64 %107, %2
  br i1 %108, label %109, label %116

109:                                              ; preds = %102
  %110 = getelementptr inbounds i8, i8* %105, i64 8
  %111 = tail call i32 %4(i8* noundef nonnull %110, i8* noundef %3) #37
  %112 = icmp eq i32 %111, 0
  br i1 %112, label %113, label %122

113:                                              ; preds = %109
  %114 = load i64, i64* %84, align 8, !tbaa !248
  %115 = load i64*, i64** %7, align 8, !tbaa !249
  br label %116

116:                                              ; preds = %113, %102, %99
  %117 = phi i64* [ %89, %99 ], [ %115, %113 ], [ %89, %102 ]
  %118 = phi i64 [ %90, %99 ], [ %114, %113 ], [ %90, %102 ]
  %119 = phi i64 [ %101, %99 ], [ %92, %113 ], [ %92, %102 ]
  %120 = add i64 %91, 1
  %121 = and i64 %118, %120
  br label %88

122:                                              ; preds = %109, %95, %74, %66
  %123 = phi i64 [ %60, %66 ], [ -1, %74 ], [ %98, %95 ], [ %91, %109 ]
  %124 = load i64, i64* %61, align 8, !tbaa !242
  %125 = load i64*, i64** %7, align 8, !tbaa !249
  %126 = xor i64 %123, -1
  %127 = getelementptr inbounds i64, i64* %125, i64 %126
  store i64 %124, i64* %127, align 8, !tbaa !11
  %128 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %129 = load i8*, i8** %128, align 8, !tbaa !245
  %130 = load i64, i64* %61, align 8, !tbaa !242
  %131 = add nsw i64 %130, 1
  store i64 %131, i64* %61, align 8, !tbaa !242
  %132 = mul nsw i64 %130, %1
  %133 = getelementptr inbounds i8, i8* %129, i64 %132
  %134 = bitcast i8* %133 to i64*
  store i64 %2, i64* %134, align 8, !tbaa !11
  %135 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 0
  %136 = load i64, i64* %135, align 8, !tbaa !252
  %137 = add nsw i64 %136, 1
  store i64 %137, i64* %135, align 8, !tbaa !252
  store i32 1, i32* %5, align 4, !tbaa !3
  br label %138

138:                                              ; preds = %122, %52
  %139 = phi i8* [ %58, %52 ], [ %133, %122 ]
  ret i8* %139
}

; Function Attrs: nounwind
define i32 @ember_dict_remove(%struct.EmDict* nocapture noundef %0, i64 noundef %1, i64 noundef %2, i8* noundef %3, i32 (i8*, i8*)* nocapture noundef readonly %4, i8* nocapture noundef writeonly %5) local_unnamed_addr #0 {
  %7 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  %8 = load i64*, i64** %7, align 8, !tbaa !249
  %9 = icmp eq i64* %8, null
  br i1 %9, label %65, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %12 = load i64, i64* %11, align 8, !tbaa !248
  %13 = and i64 %12, %2
  %14 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  br label %15

15:                                               ; preds = %43, %10
  %16 = phi i64* [ %8, %10 ], [ %44, %43 ]
  %17 = phi i64 [ %12, %10 ], [ %45, %43 ]
  %18 = phi i64 [ %13, %10 ], [ %48, %43 ]
  %19 = phi i64 [ -1, %10 ], [ %46, %43 ]
  %20 = getelementptr inbounds i64, i64* %16, i64 %18
  %21 = load i64, i64* %20, align 8, !tbaa !11
  switch i64 %21, label %29 [
    i64 -1, label %22
    i64 -2, label %26
  ]

22:                                               ; preds = %15
  %23 = icmp slt i64 %19, 0
  %24 = select i1 %23, i64 %18, i64 %19
  %25 = xor i64 %24, -1
  br label %49

26:                                               ; preds = %15
  %27 = icmp slt i64 %19, 0
  %28 = select i1 %27, i64 %18, i64 %19
  br label %43

29:                                               ; preds = %15
  %30 = load i8*, i8** %14, align 8, !tbaa !245
  %31 = mul nsw i64 %21, %1
  %32 = getelementptr inbounds i8, i8* %30, i64 %31
  %33 = bitcast i8* %32 to i64*
  %34 = load i64, i64* %33, align 8, !tbaa !11
  %35 = icmp eq i64 %34, %2
  br i1 %35, label %36, label %43

36:                                               ; preds = %29
  %37 = getelementptr inbounds i8, i8* %32, i64 8
  %38 = tail call i32 %4(i8* noundef nonnull %37, i8* noundef %3) #37
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %49

40:                                               ; preds = %36
  %41 = load i64, i64* %11, align 8, !tbaa !248
  %42 = load i64*, i64** %7, align 8, !tbaa !249
  br label %43

43:                                               ; preds = %40, %29, %26
  %44 = phi i64* [ %16, %26 ], [ %42, %40 ], [ %16, %29 ]
  %45 = phi i64 [ %17, %26 ], [ %41, %40 ], [ %17, %29 ]
  %46 = phi i64 [ %28, %26 ], [ %19, %40 ], [ %19, %29 ]
  %47 = add i64 %18, 1
  %48 = and i64 %45, %47
  br label %15

49:                                               ; preds = %36, %22
  %50 = phi i64 [ %25, %22 ], [ %18, %36 ]
  %51 = icmp slt i64 %50, 0
  br i1 %51, label %65, label %52

52:                                               ; preds = %49
  %53 = load i8*, i8** %14, align 8, !tbaa !245
  %54 = load i64*, i64** %7, align 8, !tbaa !249
  %55 = getelementptr inbounds i64, i64* %54, i64 %50
  %56 = load i64, i64* %55, align 8, !tbaa !11
  %57 = mul nsw i64 %56, %1
  %58 = getelementptr inbounds i8, i8* %53, i64 %57
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %5, i8* align 1 %58, i64 %1, i1 false)
  %59 = bitcast i8* %58 to i64*
  store i64 -1, i64* %59, align 8, !tbaa !11
  %60 = load i64*, i64** %7, align 8, !tbaa !249
  %61 = getelementptr inbounds i64, i64* %60, i64 %50
  store i64 -2, i64* %61, align 8, !tbaa !11
  %62 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 0
  %63 = load i64, i64* %62, align 8, !tbaa !252
  %64 = add nsw i64 %63, -1
  store i64 %64, i64* %62, align 8, !tbaa !252
  br label %65

65:                                               ; preds = %6, %49, %52
  %66 = phi i32 [ 1, %52 ], [ 0, %49 ], [ 0, %6 ]
  ret i32 %66
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly willreturn
define i8* @ember_dict_entry(%struct.EmDict* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #26 {
  %4 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %5 = load i8*, i8** %4, align 8, !tbaa !245
  %6 = mul nsw i64 %2, %1
  %7 = getelementptr inbounds i8, i8* %5, i64 %6
  %8 = bitcast i8* %7 to i64*
  %9 = load i64, i64* %8, align 8, !tbaa !11
  %10 = icmp eq i64 %9, -1
  %11 = select i1 %10, i8* null, i8* %7
  ret i8* %11
}

; Function Attrs: nounwind
define void @ember_dict_clear(%struct.EmDict* nocapture noundef %0, i64 noundef %1, void (i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !242
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %10

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %9 = icmp eq void (i8*)* %2, null
  br label %15

10:                                               ; preds = %27, %3
  %11 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  %12 = bitcast %struct.EmDict* %0 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false)
  %13 = load i64*, i64** %11, align 8, !tbaa !249
  %14 = icmp eq i64* %13, null
  br i1 %14, label %37, label %31

15:                                               ; preds = %7, %27
  %16 = phi i64 [ %5, %7 ], [ %28, %27 ]
  %17 = phi i64 [ 0, %7 ], [ %29, %27 ]
  %18 = load i8*, i8** %8, align 8, !tbaa !245
  %19 = mul nsw i64 %17, %1
  %20 = getelementptr inbounds i8, i8* %18, i64 %19
  br i1 %9, label %27, label %21

21:                                               ; preds = %15
  %22 = bitcast i8* %20 to i64*
  %23 = load i64, i64* %22, align 8, !tbaa !11
  %24 = icmp eq i64 %23, -1
  br i1 %24, label %27, label %25

25:                                               ; preds = %21
  tail call void %2(i8* noundef nonnull %20) #37
  %26 = load i64, i64* %4, align 8, !tbaa !242
  br label %27

27:                                               ; preds = %25, %21, %15
  %28 = phi i64 [ %26, %25 ], [ %16, %21 ], [ %16, %15 ]
  %29 = add nuw nsw i64 %17, 1
  %30 = icmp slt i64 %29, %28
  br i1 %30, label %15, label %10, !llvm.loop !253

31:                                               ; preds = %10
  %32 = bitcast i64* %13 to i8*
  %33 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %34 = load i64, i64* %33, align 8, !tbaa !248
  %35 = shl i64 %34, 3
  %36 = add i64 %35, 8
  tail call void @llvm.memset.p0i8.i64(i8* nonnull align 8 %32, i8 -1, i64 %36, i1 false)
  br label %37

37:                                               ; preds = %31, %10
  ret void
}

; Function Attrs: nounwind
define void @ember_dict_drop(%struct.EmDict* noundef %0, i64 noundef %1, void (i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = icmp eq %struct.EmDict* %0, null
  br i1 %4, label %44, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 1
  %7 = load i64, i64* %6, align 8, !tbaa !242
  %8 = icmp sgt i64 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %5
  %10 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %11 = icmp eq void (i8*)* %2, null
  br label %17

12:                                               ; preds = %29, %5
  %13 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 5
  %14 = bitcast %struct.EmDict* %0 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %14, i8 0, i64 16, i1 false) #37
  %15 = load i64*, i64** %13, align 8, !tbaa !249
  %16 = icmp eq i64* %15, null
  br i1 %16, label %39, label %33

17:                                               ; preds = %29, %9
  %18 = phi i64 [ %7, %9 ], [ %30, %29 ]
  %19 = phi i64 [ 0, %9 ], [ %31, %29 ]
  %20 = load i8*, i8** %10, align 8, !tbaa !245
  %21 = mul nsw i64 %19, %1
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  br i1 %11, label %29, label %23

23:                                               ; preds = %17
  %24 = bitcast i8* %22 to i64*
  %25 = load i64, i64* %24, align 8, !tbaa !11
  %26 = icmp eq i64 %25, -1
  br i1 %26, label %29, label %27

27:                                               ; preds = %23
  tail call void %2(i8* noundef nonnull %22) #37
  %28 = load i64, i64* %6, align 8, !tbaa !242
  br label %29

29:                                               ; preds = %27, %23, %17
  %30 = phi i64 [ %28, %27 ], [ %18, %23 ], [ %18, %17 ]
  %31 = add nuw nsw i64 %19, 1
  %32 = icmp slt i64 %31, %30
  br i1 %32, label %17, label %12, !llvm.loop !253

33:                                               ; preds = %12
  %34 = bitcast i64* %15 to i8*
  %35 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 3
  %36 = load i64, i64* %35, align 8, !tbaa !248
  %37 = shl i64 %36, 3
  %38 = add i64 %37, 8
  tail call void @llvm.memset.p0i8.i64(i8* nonnull align 8 %34, i8 -1, i64 %38, i1 false) #37
  br label %39

39:                                               ; preds = %12, %33
  %40 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %41 = load i8*, i8** %40, align 8, !tbaa !245
  tail call void @free(i8* noundef %41) #37
  %42 = bitcast i64** %13 to i8**
  %43 = load i8*, i8** %42, align 8, !tbaa !249
  tail call void @free(i8* noundef %43) #37
  tail call void @free(i8* noundef nonnull %14) #37
  br label %44

44:                                               ; preds = %3, %39
  ret void
}

; Function Attrs: nounwind
define %struct.EmDict* @ember_dict_copy(%struct.EmDict* nocapture noundef readonly %0, i64 noundef %1, void (i8*, i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !252
  %6 = tail call dereferenceable_or_null(48) i8* @calloc(i64 1, i64 48) #37
  %7 = icmp eq i8* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

9:                                                ; preds = %3
  %10 = bitcast i8* %6 to %struct.EmDict*
  %11 = icmp sgt i64 %5, 0
  br i1 %11, label %12, label %13

12:                                               ; preds = %9
  tail call void @ember_dict_reserve(%struct.EmDict* noundef nonnull %10, i64 noundef %1, i64 noundef %5) #37
  br label %13

13:                                               ; preds = %9, %12
  %14 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 1
  %15 = load i64, i64* %14, align 8, !tbaa !242
  %16 = icmp sgt i64 %15, 0
  br i1 %16, label %17, label %22

17:                                               ; preds = %13
  %18 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %0, i64 0, i32 4
  %19 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 4
  %20 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 1
  %21 = icmp eq void (i8*, i8*)* %2, null
  br label %94

22:                                               ; preds = %110, %13
  %23 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 1
  %24 = load i64, i64* %23, align 8, !tbaa !242
  %25 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 0
  store i64 %24, i64* %25, align 8, !tbaa !252
  %26 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 5
  %27 = load i64*, i64** %26, align 8, !tbaa !249
  %28 = icmp eq i64* %27, null
  br i1 %28, label %93, label %29

29:                                               ; preds = %22
  %30 = bitcast i64* %27 to i8*
  %31 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 3
  %32 = load i64, i64* %31, align 8, !tbaa !248
  %33 = shl i64 %32, 3
  %34 = add i64 %33, 8
  tail call void @llvm.memset.p0i8.i64(i8* nonnull align 8 %30, i8 -1, i64 %34, i1 false) #37
  %35 = icmp sgt i64 %24, 0
  br i1 %35, label %36, label %93

36:                                               ; preds = %29
  %37 = getelementptr inbounds %struct.EmDict, %struct.EmDict* %10, i64 0, i32 4
  %38 = load i8*, i8** %37, align 8, !tbaa !245
  %39 = and i64 %24, 1
  %40 = icmp eq i64 %24, 1
  br i1 %40, label %76, label %41

41:                                               ; preds = %36
  %42 = and i64 %24, -2
  br label %43

43:                                               ; preds = %71, %41
  %44 = phi i64 [ 0, %41 ], [ %73, %71 ]
  %45 = phi i64 [ 0, %41 ], [ %74, %71 ]
  %46 = mul nsw i64 %44, %1
  %47 = getelementptr inbounds i8, i8* %38, i64 %46
  %48 = bitcast i8* %47 to i64*
  %49 = load i64, i64* %48, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %50, %43
  %51 = phi i64 [ %49, %43 ], [ %56, %50 ]
  %52 = and i64 %51, %32
  %53 = getelementptr inbounds i64, i64* %27, i64 %52
  %54 = load i64, i64* %53, align 8, !tbaa !11
  %55 = icmp eq i64 %54, -1
  %56 = add i64 %52, 1
  br i1 %55, label %57, label %50, !llvm.loop !250

57:                                               ; preds = %50
  %58 = getelementptr inbounds i64, i64* %27, i64 %52
  store i64 %44, i64* %58, align 8, !tbaa !11
  %59 = or i64 %44, 1
  %60 = mul nsw i64 %59, %1
  %61 = getelementptr inbounds i8, i8* %38, i64 %60
  %62 = bitcast i8* %61 to i64*
  %63 = load i64, i64* %62, align 8, !tbaa !11
  br label %64

64:                                               ; preds = %64, %57
  %65 = phi i64 [ %63, %57 ], [ %70, %64 ]
  %66 = and i64 %65, %32
  %67 = getelementptr inbounds i64, i64* %27, i64 %66
  %68 = load i64, i64* %67, align 8, !tbaa !11
  %69 = icmp eq i64 %68, -1
  %70 = add i64 %66, 1
  br i1 %69, label %71, label %64, !llvm.loop !250

71:                                               ; preds = %64
  %72 = getelementptr inbounds i64, i64* %27, i64 %66
  store i64 %59, i64* %72, align 8, !tbaa !11
  %73 = add nuw nsw i64 %44, 2
  %74 = add i64 %45, 2
  %75 = icmp eq i64 %74, %42
  br i1 %75, label %76, label %43, !llvm.loop !251

76:                                               ; preds = %71, %36
  %77 = phi i64 [ 0, %36 ], [ %73, %71 ]
  %78 = icmp eq i64 %39, 0
  br i1 %78, label %93, label %79

79:                                               ; preds = %76
  %80 = mul nsw i64 %77, %1
  %81 = getelementptr inbounds i8, i8* %38, i64 %80
  %82 = bitcast i8* %81 to i64*
  %83 = load i64, i64* %82, align 8, !tbaa !11
  br label %84

84:                                               ; preds = %84, %79
  %85 = phi i64 [ %83, %79 ], [ %90, %84 ]
  %86 = and i64 %85, %32
  %87 = getelementptr inbounds i64, i64* %27, i64 %86
  %88 = load i64, i64* %87, align 8, !tbaa !11
  %89 = icmp eq i64 %88, -1
  %90 = add i64 %86, 1
  br i1 %89, label %91, label %84, !llvm.loop !250

91:                                               ; preds = %84
  %92 = getelementptr inbounds i64, i64* %27, i64 %86
  store i64 %77, i64* %92, align 8, !tbaa !11
  br label %93

93:                                               ; preds = %91, %76, %22, %29
  ret %struct.EmDict* %10

94:                                               ; preds = %17, %110
  %95 = phi i64 [ 0, %17 ], [ %111, %110 ]
  %96 = load i8*, i8** %18, align 8, !tbaa !245
  %97 = mul nsw i64 %95, %1
  %98 = getelementptr inbounds i8, i8* %96, i64 %97
  %99 = bitcast i8* %98 to i64*
  %100 = load i64, i64* %99, align 8, !tbaa !11
  %101 = icmp eq i64 %100, -1
  br i1 %101, label %110, label %102

102:                                              ; preds = %94
  %103 = load i8*, i8** %19, align 8, !tbaa !245
  %104 = load i64, i64* %20, align 8, !tbaa !242
  %105 = add nsw i64 %104, 1
  store i64 %105, i64* %20, align 8, !tbaa !242
  %106 = mul nsw i64 %104, %1
  %107 = getelementptr inbounds i8, i8* %103, i64 %106
  br i1 %21, label %109, label %108

108:                                              ; preds = %102
  tail call void %2(i8* noundef %107, i8* noundef nonnull %98) #37
  br label %110

109:                                              ; preds = %102
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %107, i8* nonnull align 1 %98, i64 %1, i1 false)
  br label %110

110:                                              ; preds = %108, %109, %94
  %111 = add nuw nsw i64 %95, 1
  %112 = load i64, i64* %14, align 8, !tbaa !242
  %113 = icmp slt i64 %111, %112
  br i1 %113, label %94, label %22, !llvm.loop !254
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_io_stdin_readline() local_unnamed_addr #0 {
  %1 = load %struct._IO_FILE*, %struct._IO_FILE** @stdin, align 8, !tbaa !7
  %2 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef %1) #37
  %3 = icmp eq %struct.EmStr* %2, null
  br i1 %3, label %4, label %10

4:                                                ; preds = %0
  %5 = tail call noalias dereferenceable_or_null(17) i8* @malloc(i64 noundef 17) #37
  %6 = icmp eq i8* %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

8:                                                ; preds = %4
  %9 = bitcast i8* %5 to %struct.EmStr*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(17) %5, i8 0, i64 17, i1 false)
  br label %10

10:                                               ; preds = %0, %8
  %11 = phi %struct.EmStr* [ %9, %8 ], [ %2, %0 ]
  ret %struct.EmStr* %11
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_io_stdin_read() local_unnamed_addr #0 {
  %1 = alloca [65536 x i8], align 16
  %2 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %5

4:                                                ; preds = %0
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

5:                                                ; preds = %0
  %6 = getelementptr inbounds i8, i8* %2, i64 8
  %7 = bitcast i8* %6 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %7, align 8, !tbaa !11
  %8 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %5
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

11:                                               ; preds = %5
  %12 = bitcast i8* %2 to i8**
  store i8* %8, i8** %12, align 8, !tbaa !43
  %13 = getelementptr inbounds [65536 x i8], [65536 x i8]* %1, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 65536, i8* nonnull %13) #37
  %14 = load %struct._IO_FILE*, %struct._IO_FILE** @stdin, align 8, !tbaa !7
  %15 = call i64 @fread(i8* noundef nonnull %13, i64 noundef 1, i64 noundef 65536, %struct._IO_FILE* noundef %14)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %17, label %19

17:                                               ; preds = %11
  %18 = bitcast i8* %8 to %struct.EmStr*
  br label %56

19:                                               ; preds = %11
  %20 = bitcast i8* %2 to %struct.EmBuf*
  %21 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %20, i64 0, i32 0
  br label %22

22:                                               ; preds = %19, %45
  %23 = phi i8* [ %8, %19 ], [ %46, %45 ]
  %24 = phi i64 [ 48, %19 ], [ %47, %45 ]
  %25 = phi i64 [ 0, %19 ], [ %27, %45 ]
  %26 = phi i64 [ %15, %19 ], [ %51, %45 ]
  %27 = add nsw i64 %25, %26
  %28 = icmp sgt i64 %27, %24
  br i1 %28, label %29, label %45

29:                                               ; preds = %22
  %30 = shl nsw i64 %24, 1
  %31 = icmp sgt i64 %30, %27
  %32 = select i1 %31, i64 %30, i64 %27
  %33 = add nsw i64 %32, 17
  %34 = icmp sgt i64 %32, -18
  br i1 %34, label %35, label %40

35:                                               ; preds = %29
  %36 = icmp eq i64 %33, 0
  %37 = select i1 %36, i64 1, i64 %33
  %38 = tail call i8* @realloc(i8* noundef %23, i64 noundef %37) #37
  %39 = icmp eq i8* %38, null
  br i1 %39, label %40, label %41

40:                                               ; preds = %35, %29
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

41:                                               ; preds = %35
  %42 = icmp ugt i64 %33, 4095
  br i1 %42, label %43, label %44

43:                                               ; preds = %41
  tail call fastcc void @advise_big(i8* noundef nonnull %38, i64 noundef %33) #37
  br label %44

44:                                               ; preds = %43, %41
  store i8* %38, i8** %21, align 8, !tbaa !43
  br label %45

45:                                               ; preds = %22, %44
  %46 = phi i8* [ %38, %44 ], [ %23, %22 ]
  %47 = phi i64 [ %32, %44 ], [ %24, %22 ]
  %48 = getelementptr inbounds i8, i8* %46, i64 16
  %49 = getelementptr inbounds i8, i8* %48, i64 %25
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %49, i8* nonnull align 16 %13, i64 %26, i1 false) #37
  %50 = load %struct._IO_FILE*, %struct._IO_FILE** @stdin, align 8, !tbaa !7
  %51 = call i64 @fread(i8* noundef nonnull %13, i64 noundef 1, i64 noundef 65536, %struct._IO_FILE* noundef %50)
  %52 = icmp eq i64 %51, 0
  br i1 %52, label %53, label %22, !llvm.loop !255

53:                                               ; preds = %45
  %54 = bitcast i8* %2 to %struct.EmStr**
  %55 = load %struct.EmStr*, %struct.EmStr** %54, align 8, !tbaa !43
  br label %56

56:                                               ; preds = %17, %53
  %57 = phi i64 [ %27, %53 ], [ 0, %17 ]
  %58 = phi %struct.EmStr* [ %55, %53 ], [ %18, %17 ]
  %59 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %58, i64 0, i32 0
  store i64 %57, i64* %59, align 8, !tbaa !11
  %60 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %58, i64 0, i32 1
  store i64 0, i64* %60, align 8, !tbaa !11
  %61 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %58, i64 0, i32 2, i64 %57
  store i8 0, i8* %61, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %2) #37
  call void @llvm.lifetime.end.p0i8(i64 65536, i8* nonnull %13) #37
  ret %struct.EmStr* %58
}

; Function Attrs: nofree nounwind
declare noundef i64 @fread(i8* nocapture noundef, i64 noundef, i64 noundef, %struct._IO_FILE* nocapture noundef) local_unnamed_addr #7

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_io_stdin_readlines() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %2 = icmp eq i8* %1, null
  br i1 %2, label %3, label %4

3:                                                ; preds = %0
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

4:                                                ; preds = %0
  %5 = bitcast i8* %1 to %struct.EmList*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %1, i8 0, i64 24, i1 false)
  %6 = load %struct._IO_FILE*, %struct._IO_FILE** @stdin, align 8, !tbaa !7
  %7 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef %6) #37
  %8 = icmp eq %struct.EmStr* %7, null
  br i1 %8, label %40, label %9

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.EmList, %struct.EmList* %5, i64 0, i32 0
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %5, i64 0, i32 1
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %5, i64 0, i32 2
  br label %13

13:                                               ; preds = %38, %9
  %14 = phi i8* [ null, %9 ], [ %29, %38 ]
  %15 = phi i64 [ 0, %9 ], [ %39, %38 ]
  %16 = phi i64 [ 0, %9 ], [ %31, %38 ]
  %17 = phi %struct.EmStr* [ %7, %9 ], [ %36, %38 ]
  %18 = icmp slt i64 %16, %15
  br i1 %18, label %28, label %19

19:                                               ; preds = %13
  %20 = add nsw i64 %16, 1
  %21 = shl nsw i64 %15, 1
  %22 = icmp sgt i64 %21, 4
  %23 = select i1 %22, i64 %21, i64 4
  %24 = icmp slt i64 %23, %20
  %25 = select i1 %24, i64 %20, i64 %23
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %5, i64 noundef 8, i64 noundef %25) #37
  %26 = load i64, i64* %10, align 8, !tbaa !13
  %27 = load i8*, i8** %12, align 8, !tbaa !16
  br label %28

28:                                               ; preds = %13, %19
  %29 = phi i8* [ %27, %19 ], [ %14, %13 ]
  %30 = phi i64 [ %26, %19 ], [ %16, %13 ]
  %31 = add nsw i64 %30, 1
  store i64 %31, i64* %10, align 8, !tbaa !13
  %32 = shl nsw i64 %30, 3
  %33 = getelementptr inbounds i8, i8* %29, i64 %32
  %34 = bitcast i8* %33 to %struct.EmStr**
  store %struct.EmStr* %17, %struct.EmStr** %34, align 8, !tbaa !7
  %35 = load %struct._IO_FILE*, %struct._IO_FILE** @stdin, align 8, !tbaa !7
  %36 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef %35) #37
  %37 = icmp eq %struct.EmStr* %36, null
  br i1 %37, label %40, label %38, !llvm.loop !256

38:                                               ; preds = %28
  %39 = load i64, i64* %11, align 8, !tbaa !15
  br label %13

40:                                               ; preds = %28, %4
  ret %struct.EmList* %5
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_io_input(%struct.EmStr* noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp eq %struct.EmStr* %0, null
  br i1 %5, label %10, label %6

6:                                                ; preds = %4
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %8 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !11
  tail call fastcc void @out_write(i8* noundef nonnull %7, i64 noundef %9)
  br label %10

10:                                               ; preds = %6, %4
  br label %11

11:                                               ; preds = %10, %11
  %12 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %13 = and i8 %12, 1
  %14 = icmp eq i8 %13, 0
  br i1 %14, label %15, label %11, !llvm.loop !9

15:                                               ; preds = %11
  %16 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %17

17:                                               ; preds = %21, %15
  %18 = phi i64 [ %16, %15 ], [ %25, %21 ]
  %19 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %15 ], [ %24, %21 ]
  %20 = icmp sgt i64 %18, 0
  br i1 %20, label %21, label %26

21:                                               ; preds = %17
  %22 = tail call i64 @write(i32 noundef 1, i8* noundef %19, i64 noundef %18) #37
  %23 = icmp sgt i64 %22, -1
  %24 = getelementptr inbounds i8, i8* %19, i64 %22
  %25 = sub nsw i64 %18, %22
  br i1 %23, label %17, label %26

26:                                               ; preds = %17, %21
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  %27 = load %struct._IO_FILE*, %struct._IO_FILE** @stdin, align 8, !tbaa !7
  %28 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef %27) #37
  %29 = icmp eq %struct.EmStr* %28, null
  br i1 %29, label %30, label %31

30:                                               ; preds = %26
  tail call void @ember_fault(i32 noundef 10, i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str.61, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #40
  unreachable

31:                                               ; preds = %26
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %28, i64 0, i32 0
  %33 = load i64, i64* %32, align 8, !tbaa !11
  %34 = icmp sgt i64 %33, 0
  br i1 %34, label %35, label %41

35:                                               ; preds = %31
  %36 = add nsw i64 %33, -1
  %37 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %28, i64 0, i32 2, i64 %36
  %38 = load i8, i8* %37, align 1, !tbaa !17
  %39 = icmp eq i8 %38, 10
  br i1 %39, label %40, label %41

40:                                               ; preds = %35
  store i64 %36, i64* %32, align 8, !tbaa !11
  store i8 0, i8* %37, align 1, !tbaa !17
  br label %41

41:                                               ; preds = %40, %35, %31
  ret %struct.EmStr* %28
}

; Function Attrs: nofree nounwind
define i64 @ember_io_stdout_write(%struct.EmStr* noundef %0) local_unnamed_addr #2 {
  %2 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  tail call fastcc void @out_write(i8* noundef nonnull %2, i64 noundef %4)
  %5 = load i64, i64* %3, align 8, !tbaa !11
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %97

7:                                                ; preds = %1
  %8 = icmp ult i64 %5, 4
  br i1 %8, label %83, label %9

9:                                                ; preds = %7
  %10 = and i64 %5, -4
  %11 = add i64 %10, -4
  %12 = lshr exact i64 %11, 2
  %13 = add nuw nsw i64 %12, 1
  %14 = and i64 %13, 1
  %15 = icmp eq i64 %11, 0
  br i1 %15, label %55, label %16

16:                                               ; preds = %9
  %17 = and i64 %13, 9223372036854775806
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i64 [ 0, %16 ], [ %52, %18 ]
  %20 = phi <2 x i64> [ zeroinitializer, %16 ], [ %50, %18 ]
  %21 = phi <2 x i64> [ zeroinitializer, %16 ], [ %51, %18 ]
  %22 = phi i64 [ 0, %16 ], [ %53, %18 ]
  %23 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %19
  %24 = bitcast i8* %23 to <2 x i8>*
  %25 = load <2 x i8>, <2 x i8>* %24, align 1, !tbaa !17
  %26 = getelementptr inbounds i8, i8* %23, i64 2
  %27 = bitcast i8* %26 to <2 x i8>*
  %28 = load <2 x i8>, <2 x i8>* %27, align 1, !tbaa !17
  %29 = and <2 x i8> %25, <i8 -64, i8 -64>
  %30 = and <2 x i8> %28, <i8 -64, i8 -64>
  %31 = icmp ne <2 x i8> %29, <i8 -128, i8 -128>
  %32 = icmp ne <2 x i8> %30, <i8 -128, i8 -128>
  %33 = zext <2 x i1> %31 to <2 x i64>
  %34 = zext <2 x i1> %32 to <2 x i64>
  %35 = add <2 x i64> %20, %33
  %36 = add <2 x i64> %21, %34
  %37 = or i64 %19, 4
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %37
  %39 = bitcast i8* %38 to <2 x i8>*
  %40 = load <2 x i8>, <2 x i8>* %39, align 1, !tbaa !17
  %41 = getelementptr inbounds i8, i8* %38, i64 2
  %42 = bitcast i8* %41 to <2 x i8>*
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !17
  %44 = and <2 x i8> %40, <i8 -64, i8 -64>
  %45 = and <2 x i8> %43, <i8 -64, i8 -64>
  %46 = icmp ne <2 x i8> %44, <i8 -128, i8 -128>
  %47 = icmp ne <2 x i8> %45, <i8 -128, i8 -128>
  %48 = zext <2 x i1> %46 to <2 x i64>
  %49 = zext <2 x i1> %47 to <2 x i64>
  %50 = add <2 x i64> %35, %48
  %51 = add <2 x i64> %36, %49
  %52 = add nuw i64 %19, 8
  %53 = add i64 %22, 2
  %54 = icmp eq i64 %53, %17
  br i1 %54, label %55, label %18, !llvm.loop !257

55:                                               ; preds = %18, %9
  %56 = phi <2 x i64> [ undef, %9 ], [ %50, %18 ]
  %57 = phi <2 x i64> [ undef, %9 ], [ %51, %18 ]
  %58 = phi i64 [ 0, %9 ], [ %52, %18 ]
  %59 = phi <2 x i64> [ zeroinitializer, %9 ], [ %50, %18 ]
  %60 = phi <2 x i64> [ zeroinitializer, %9 ], [ %51, %18 ]
  %61 = icmp eq i64 %14, 0
  br i1 %61, label %77, label %62

62:                                               ; preds = %55
  %63 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %58
  %64 = bitcast i8* %63 to <2 x i8>*
  %65 = load <2 x i8>, <2 x i8>* %64, align 1, !tbaa !17
  %66 = getelementptr inbounds i8, i8* %63, i64 2
  %67 = bitcast i8* %66 to <2 x i8>*
  %68 = load <2 x i8>, <2 x i8>* %67, align 1, !tbaa !17
  %69 = and <2 x i8> %65, <i8 -64, i8 -64>
  %70 = and <2 x i8> %68, <i8 -64, i8 -64>
  %71 = icmp ne <2 x i8> %69, <i8 -128, i8 -128>
  %72 = icmp ne <2 x i8> %70, <i8 -128, i8 -128>
  %73 = zext <2 x i1> %71 to <2 x i64>
  %74 = zext <2 x i1> %72 to <2 x i64>
  %75 = add <2 x i64> %59, %73
  %76 = add <2 x i64> %60, %74
  br label %77

77:                                               ; preds = %55, %62
  %78 = phi <2 x i64> [ %56, %55 ], [ %75, %62 ]
  %79 = phi <2 x i64> [ %57, %55 ], [ %76, %62 ]
  %80 = add <2 x i64> %79, %78
  %81 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %80)
  %82 = icmp eq i64 %5, %10
  br i1 %82, label %97, label %83

83:                                               ; preds = %7, %77
  %84 = phi i64 [ 0, %7 ], [ %10, %77 ]
  %85 = phi i64 [ 0, %7 ], [ %81, %77 ]
  br label %86

86:                                               ; preds = %83, %86
  %87 = phi i64 [ %95, %86 ], [ %84, %83 ]
  %88 = phi i64 [ %94, %86 ], [ %85, %83 ]
  %89 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %87
  %90 = load i8, i8* %89, align 1, !tbaa !17
  %91 = and i8 %90, -64
  %92 = icmp ne i8 %91, -128
  %93 = zext i1 %92 to i64
  %94 = add nuw nsw i64 %88, %93
  %95 = add nuw nsw i64 %87, 1
  %96 = icmp eq i64 %95, %5
  br i1 %96, label %97, label %86, !llvm.loop !258

97:                                               ; preds = %86, %77, %1
  %98 = phi i64 [ 0, %1 ], [ %81, %77 ], [ %94, %86 ]
  ret i64 %98
}

; Function Attrs: nofree nounwind
define void @ember_io_stdout_flush() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %3 = and i8 %2, 1
  %4 = icmp eq i8 %3, 0
  br i1 %4, label %5, label %1, !llvm.loop !9

5:                                                ; preds = %1
  %6 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %7

7:                                                ; preds = %11, %5
  %8 = phi i64 [ %6, %5 ], [ %15, %11 ]
  %9 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %5 ], [ %14, %11 ]
  %10 = icmp sgt i64 %8, 0
  br i1 %10, label %11, label %16

11:                                               ; preds = %7
  %12 = tail call i64 @write(i32 noundef 1, i8* noundef %9, i64 noundef %8) #37
  %13 = icmp sgt i64 %12, -1
  %14 = getelementptr inbounds i8, i8* %9, i64 %12
  %15 = sub nsw i64 %8, %12
  br i1 %13, label %7, label %16

16:                                               ; preds = %7, %11
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  ret void
}

; Function Attrs: nofree nounwind
define i64 @ember_io_stderr_write(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #2 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %4 = and i8 %3, 1
  %5 = icmp eq i8 %4, 0
  br i1 %5, label %6, label %2, !llvm.loop !9

6:                                                ; preds = %2
  %7 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %8

8:                                                ; preds = %12, %6
  %9 = phi i64 [ %7, %6 ], [ %16, %12 ]
  %10 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %6 ], [ %15, %12 ]
  %11 = icmp sgt i64 %9, 0
  br i1 %11, label %12, label %17

12:                                               ; preds = %8
  %13 = tail call i64 @write(i32 noundef 1, i8* noundef %10, i64 noundef %9) #37
  %14 = icmp sgt i64 %13, -1
  %15 = getelementptr inbounds i8, i8* %10, i64 %13
  %16 = sub nsw i64 %9, %13
  br i1 %14, label %8, label %17

17:                                               ; preds = %8, %12
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %19 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %20 = load i64, i64* %19, align 8, !tbaa !11
  br label %21

21:                                               ; preds = %25, %17
  %22 = phi i64 [ %20, %17 ], [ %29, %25 ]
  %23 = phi i8* [ %18, %17 ], [ %28, %25 ]
  %24 = icmp sgt i64 %22, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %21
  %26 = tail call i64 @write(i32 noundef 2, i8* noundef %23, i64 noundef %22) #37
  %27 = icmp sgt i64 %26, -1
  %28 = getelementptr inbounds i8, i8* %23, i64 %26
  %29 = sub nsw i64 %22, %26
  br i1 %27, label %21, label %30

30:                                               ; preds = %21, %25
  %31 = load i64, i64* %19, align 8, !tbaa !11
  %32 = icmp sgt i64 %31, 0
  br i1 %32, label %33, label %123

33:                                               ; preds = %30
  %34 = icmp ult i64 %31, 4
  br i1 %34, label %109, label %35

35:                                               ; preds = %33
  %36 = and i64 %31, -4
  %37 = add i64 %36, -4
  %38 = lshr exact i64 %37, 2
  %39 = add nuw nsw i64 %38, 1
  %40 = and i64 %39, 1
  %41 = icmp eq i64 %37, 0
  br i1 %41, label %81, label %42

42:                                               ; preds = %35
  %43 = and i64 %39, 9223372036854775806
  br label %44

44:                                               ; preds = %44, %42
  %45 = phi i64 [ 0, %42 ], [ %78, %44 ]
  %46 = phi <2 x i64> [ zeroinitializer, %42 ], [ %76, %44 ]
  %47 = phi <2 x i64> [ zeroinitializer, %42 ], [ %77, %44 ]
  %48 = phi i64 [ 0, %42 ], [ %79, %44 ]
  %49 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %45
  %50 = bitcast i8* %49 to <2 x i8>*
  %51 = load <2 x i8>, <2 x i8>* %50, align 1, !tbaa !17
  %52 = getelementptr inbounds i8, i8* %49, i64 2
  %53 = bitcast i8* %52 to <2 x i8>*
  %54 = load <2 x i8>, <2 x i8>* %53, align 1, !tbaa !17
  %55 = and <2 x i8> %51, <i8 -64, i8 -64>
  %56 = and <2 x i8> %54, <i8 -64, i8 -64>
  %57 = icmp ne <2 x i8> %55, <i8 -128, i8 -128>
  %58 = icmp ne <2 x i8> %56, <i8 -128, i8 -128>
  %59 = zext <2 x i1> %57 to <2 x i64>
  %60 = zext <2 x i1> %58 to <2 x i64>
  %61 = add <2 x i64> %46, %59
  %62 = add <2 x i64> %47, %60
  %63 = or i64 %45, 4
  %64 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %63
  %65 = bitcast i8* %64 to <2 x i8>*
  %66 = load <2 x i8>, <2 x i8>* %65, align 1, !tbaa !17
  %67 = getelementptr inbounds i8, i8* %64, i64 2
  %68 = bitcast i8* %67 to <2 x i8>*
  %69 = load <2 x i8>, <2 x i8>* %68, align 1, !tbaa !17
  %70 = and <2 x i8> %66, <i8 -64, i8 -64>
  %71 = and <2 x i8> %69, <i8 -64, i8 -64>
  %72 = icmp ne <2 x i8> %70, <i8 -128, i8 -128>
  %73 = icmp ne <2 x i8> %71, <i8 -128, i8 -128>
  %74 = zext <2 x i1> %72 to <2 x i64>
  %75 = zext <2 x i1> %73 to <2 x i64>
  %76 = add <2 x i64> %61, %74
  %77 = add <2 x i64> %62, %75
  %78 = add nuw i64 %45, 8
  %79 = add i64 %48, 2
  %80 = icmp eq i64 %79, %43
  br i1 %80, label %81, label %44, !llvm.loop !259

81:                                               ; preds = %44, %35
  %82 = phi <2 x i64> [ undef, %35 ], [ %76, %44 ]
  %83 = phi <2 x i64> [ undef, %35 ], [ %77, %44 ]
  %84 = phi i64 [ 0, %35 ], [ %78, %44 ]
  %85 = phi <2 x i64> [ zeroinitializer, %35 ], [ %76, %44 ]
  %86 = phi <2 x i64> [ zeroinitializer, %35 ], [ %77, %44 ]
  %87 = icmp eq i64 %40, 0
  br i1 %87, label %103, label %88

88:                                               ; preds = %81
  %89 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %84
  %90 = bitcast i8* %89 to <2 x i8>*
  %91 = load <2 x i8>, <2 x i8>* %90, align 1, !tbaa !17
  %92 = getelementptr inbounds i8, i8* %89, i64 2
  %93 = bitcast i8* %92 to <2 x i8>*
  %94 = load <2 x i8>, <2 x i8>* %93, align 1, !tbaa !17
  %95 = and <2 x i8> %91, <i8 -64, i8 -64>
  %96 = and <2 x i8> %94, <i8 -64, i8 -64>
  %97 = icmp ne <2 x i8> %95, <i8 -128, i8 -128>
  %98 = icmp ne <2 x i8> %96, <i8 -128, i8 -128>
  %99 = zext <2 x i1> %97 to <2 x i64>
  %100 = zext <2 x i1> %98 to <2 x i64>
  %101 = add <2 x i64> %85, %99
  %102 = add <2 x i64> %86, %100
  br label %103

103:                                              ; preds = %81, %88
  %104 = phi <2 x i64> [ %82, %81 ], [ %101, %88 ]
  %105 = phi <2 x i64> [ %83, %81 ], [ %102, %88 ]
  %106 = add <2 x i64> %105, %104
  %107 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %106)
  %108 = icmp eq i64 %31, %36
  br i1 %108, label %123, label %109

109:                                              ; preds = %33, %103
  %110 = phi i64 [ 0, %33 ], [ %36, %103 ]
  %111 = phi i64 [ 0, %33 ], [ %107, %103 ]
  br label %112

112:                                              ; preds = %109, %112
  %113 = phi i64 [ %121, %112 ], [ %110, %109 ]
  %114 = phi i64 [ %120, %112 ], [ %111, %109 ]
  %115 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %113
  %116 = load i8, i8* %115, align 1, !tbaa !17
  %117 = and i8 %116, -64
  %118 = icmp ne i8 %117, -128
  %119 = zext i1 %118 to i64
  %120 = add nuw nsw i64 %114, %119
  %121 = add nuw nsw i64 %113, 1
  %122 = icmp eq i64 %121, %31
  br i1 %122, label %123, label %112, !llvm.loop !260

123:                                              ; preds = %112, %103, %30
  %124 = phi i64 [ 0, %30 ], [ %107, %103 ], [ %120, %112 ]
  ret i64 %124
}

; Function Attrs: nofree nounwind
define internal fastcc void @write_all(i32 noundef %0, i8* nocapture noundef readonly %1, i64 noundef %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %8, %3
  %5 = phi i64 [ %2, %3 ], [ %12, %8 ]
  %6 = phi i8* [ %1, %3 ], [ %11, %8 ]
  %7 = icmp sgt i64 %5, 0
  br i1 %7, label %8, label %13

8:                                                ; preds = %4
  %9 = tail call i64 @write(i32 noundef %0, i8* noundef %6, i64 noundef %5) #37
  %10 = icmp sgt i64 %9, -1
  %11 = getelementptr inbounds i8, i8* %6, i64 %9
  %12 = sub nsw i64 %5, %9
  br i1 %10, label %4, label %13

13:                                               ; preds = %8, %4
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_eprint(%struct.EmBuf* noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %4 = and i8 %3, 1
  %5 = icmp eq i8 %4, 0
  br i1 %5, label %6, label %2, !llvm.loop !9

6:                                                ; preds = %2
  %7 = load i64, i64* @em_out_len, align 8, !tbaa !11
  br label %8

8:                                                ; preds = %12, %6
  %9 = phi i64 [ %7, %6 ], [ %16, %12 ]
  %10 = phi i8* [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %6 ], [ %15, %12 ]
  %11 = icmp sgt i64 %9, 0
  br i1 %11, label %12, label %17

12:                                               ; preds = %8
  %13 = tail call i64 @write(i32 noundef 1, i8* noundef %10, i64 noundef %9) #37
  %14 = icmp sgt i64 %13, -1
  %15 = getelementptr inbounds i8, i8* %10, i64 %13
  %16 = sub nsw i64 %9, %13
  br i1 %14, label %8, label %17

17:                                               ; preds = %8, %12
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  %18 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %19 = load i8*, i8** %18, align 8, !tbaa !43
  %20 = getelementptr inbounds i8, i8* %19, i64 16
  %21 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %22 = load i64, i64* %21, align 8, !tbaa !45
  br label %23

23:                                               ; preds = %27, %17
  %24 = phi i64 [ %22, %17 ], [ %31, %27 ]
  %25 = phi i8* [ %20, %17 ], [ %30, %27 ]
  %26 = icmp sgt i64 %24, 0
  br i1 %26, label %27, label %32

27:                                               ; preds = %23
  %28 = tail call i64 @write(i32 noundef 2, i8* noundef %25, i64 noundef %24) #37
  %29 = icmp sgt i64 %28, -1
  %30 = getelementptr inbounds i8, i8* %25, i64 %28
  %31 = sub nsw i64 %24, %28
  br i1 %29, label %23, label %32

32:                                               ; preds = %23, %27
  %33 = icmp eq %struct.EmBuf* %0, null
  br i1 %33, label %37, label %34

34:                                               ; preds = %32
  %35 = load i8*, i8** %18, align 8, !tbaa !43
  tail call void @free(i8* noundef %35) #37
  %36 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %36) #37
  br label %37

37:                                               ; preds = %32, %34
  ret void
}

; Function Attrs: nounwind
define noalias %struct.EmFile* @ember_io_open(%struct.EmStr* noundef %0, %struct.EmStr* noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = alloca [64 x i8], align 16
  %7 = alloca %struct.stat, align 8
  %8 = icmp eq %struct.EmStr* %1, null
  %9 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %10 = select i1 %8, i8* getelementptr inbounds ([2 x i8], [2 x i8]* @.str.62, i64 0, i64 0), i8* %9
  %11 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %10, i8* noundef nonnull dereferenceable(2) getelementptr inbounds ([2 x i8], [2 x i8]* @.str.62, i64 0, i64 0)) #39
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %30, label %13

13:                                               ; preds = %5
  %14 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %10, i8* noundef nonnull dereferenceable(3) getelementptr inbounds ([3 x i8], [3 x i8]* @.str.63, i64 0, i64 0)) #39
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %30, label %16

16:                                               ; preds = %13
  %17 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %10, i8* noundef nonnull dereferenceable(2) getelementptr inbounds ([2 x i8], [2 x i8]* @.str.64, i64 0, i64 0)) #39
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %30, label %19

19:                                               ; preds = %16
  %20 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %10, i8* noundef nonnull dereferenceable(3) getelementptr inbounds ([3 x i8], [3 x i8]* @.str.65, i64 0, i64 0)) #39
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %30, label %22

22:                                               ; preds = %19
  %23 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %10, i8* noundef nonnull dereferenceable(2) getelementptr inbounds ([2 x i8], [2 x i8]* @.str.66, i64 0, i64 0)) #39
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %30, label %25

25:                                               ; preds = %22
  %26 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %10, i8* noundef nonnull dereferenceable(3) getelementptr inbounds ([3 x i8], [3 x i8]* @.str.67, i64 0, i64 0)) #39
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %30, label %28

28:                                               ; preds = %25
  %29 = tail call %struct.EmBuf* @ember_buf_new()
  tail call void @ember_buf_bytes(%struct.EmBuf* noundef %29, i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.68, i64 0, i64 0), i64 noundef 14)
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef %29, %struct.EmStr* noundef %1)
  tail call void @ember_fault_buf(i32 noundef 4, %struct.EmBuf* noundef %29, i8* noundef %2, i32 noundef %3, i32 noundef %4) #40
  unreachable

30:                                               ; preds = %25, %13, %5, %19, %16, %22
  %31 = phi i8* [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.66, i64 0, i64 0), %22 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.64, i64 0, i64 0), %16 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.64, i64 0, i64 0), %19 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.62, i64 0, i64 0), %5 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.62, i64 0, i64 0), %13 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.66, i64 0, i64 0), %25 ]
  %32 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %33 = tail call noalias %struct._IO_FILE* @fopen(i8* noundef nonnull %32, i8* noundef nonnull %31)
  %34 = bitcast %struct.stat* %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 144, i8* nonnull %34) #37
  %35 = icmp eq %struct._IO_FILE* %33, null
  br i1 %35, label %48, label %36

36:                                               ; preds = %30
  %37 = tail call i32 @fileno(%struct._IO_FILE* noundef nonnull %33) #37
  %38 = call i32 @fstat(i32 noundef %37, %struct.stat* noundef nonnull %7) #37
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %48

40:                                               ; preds = %36
  %41 = getelementptr inbounds %struct.stat, %struct.stat* %7, i64 0, i32 3
  %42 = load i32, i32* %41, align 8, !tbaa !261
  %43 = and i32 %42, 61440
  %44 = icmp eq i32 %43, 16384
  br i1 %44, label %45, label %48

45:                                               ; preds = %40
  %46 = tail call i32 @fclose(%struct._IO_FILE* noundef nonnull %33)
  %47 = tail call i32* @__errno_location() #44
  store i32 21, i32* %47, align 4, !tbaa !3
  br label %48

48:                                               ; preds = %45, %40, %36, %30
  %49 = phi %struct._IO_FILE* [ null, %45 ], [ %33, %40 ], [ %33, %36 ], [ null, %30 ]
  %50 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %51 = bitcast i8* %50 to %struct.EmFile*
  %52 = icmp eq i8* %50, null
  br i1 %52, label %53, label %54

53:                                               ; preds = %48
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #40
  unreachable

54:                                               ; preds = %48
  %55 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %51, i64 0, i32 0
  store %struct._IO_FILE* %49, %struct._IO_FILE** %55, align 8, !tbaa !263
  %56 = load i8, i8* %31, align 1, !tbaa !17
  %57 = icmp ne i8 %56, 114
  %58 = zext i1 %57 to i32
  %59 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %51, i64 0, i32 1
  store i32 %58, i32* %59, align 8, !tbaa !265
  %60 = icmp eq %struct._IO_FILE* %49, null
  br i1 %60, label %61, label %168

61:                                               ; preds = %54
  %62 = tail call i32* @__errno_location() #44
  %63 = load i32, i32* %62, align 4, !tbaa !3
  switch i32 %63, label %64 [
    i32 2, label %68
    i32 13, label %67
    i32 1, label %67
  ]

64:                                               ; preds = %61
  %65 = icmp eq i32 %63, 21
  %66 = select i1 %65, i64 13, i64 14
  br label %68

67:                                               ; preds = %61, %61
  br label %68

68:                                               ; preds = %67, %64, %61
  %69 = phi i64 [ 11, %61 ], [ %66, %64 ], [ 12, %67 ]
  %70 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %71 = icmp eq i8* %70, null
  br i1 %71, label %72, label %73

72:                                               ; preds = %68
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

73:                                               ; preds = %68
  %74 = getelementptr inbounds i8, i8* %70, i64 8
  %75 = bitcast i8* %74 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %75, align 8, !tbaa !11
  %76 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %77 = icmp eq i8* %76, null
  br i1 %77, label %78, label %79

78:                                               ; preds = %73
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

79:                                               ; preds = %73
  %80 = bitcast i8* %70 to %struct.EmBuf*
  %81 = bitcast i8* %70 to i8**
  store i8* %76, i8** %81, align 8, !tbaa !43
  %82 = getelementptr inbounds [64 x i8], [64 x i8]* %6, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %82) #37
  %83 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %82, i64 noundef 64, i8* noundef getelementptr inbounds ([12 x i8], [12 x i8]* @.str.105, i64 0, i64 0), i32 noundef %63) #37
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %80, i64 0, i32 1
  %86 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %80, i64 0, i32 2
  %87 = icmp sgt i32 %83, 48
  br i1 %87, label %88, label %100

88:                                               ; preds = %79
  %89 = icmp sgt i64 %84, 96
  %90 = select i1 %89, i64 %84, i64 96
  %91 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %80, i64 0, i32 0
  %92 = add nuw nsw i64 %90, 17
  %93 = tail call i8* @realloc(i8* noundef nonnull %76, i64 noundef %92) #37
  %94 = icmp eq i8* %93, null
  br i1 %94, label %95, label %96

95:                                               ; preds = %88
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

96:                                               ; preds = %88
  %97 = icmp ugt i64 %90, 4078
  br i1 %97, label %98, label %99

98:                                               ; preds = %96
  tail call fastcc void @advise_big(i8* noundef nonnull %93, i64 noundef %92) #37
  br label %99

99:                                               ; preds = %98, %96
  store i8* %93, i8** %91, align 8, !tbaa !43
  store i64 %90, i64* %86, align 8, !tbaa !67
  br label %100

100:                                              ; preds = %99, %79
  %101 = phi i64 [ %90, %99 ], [ 48, %79 ]
  %102 = phi i8* [ %93, %99 ], [ %76, %79 ]
  %103 = getelementptr inbounds i8, i8* %102, i64 16
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %103, i8* nonnull align 16 %82, i64 %84, i1 false) #37
  store i64 %84, i64* %85, align 8, !tbaa !45
  %104 = tail call i8* @strerror(i32 noundef %63) #37
  %105 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %104) #39
  %106 = add nsw i64 %105, %84
  %107 = icmp sgt i64 %106, %101
  br i1 %107, label %108, label %121

108:                                              ; preds = %100
  %109 = shl nuw nsw i64 %101, 1
  %110 = icmp sgt i64 %109, %106
  %111 = select i1 %110, i64 %109, i64 %106
  %112 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %80, i64 0, i32 0
  %113 = add nuw nsw i64 %111, 17
  %114 = tail call i8* @realloc(i8* noundef nonnull %102, i64 noundef %113) #37
  %115 = icmp eq i8* %114, null
  br i1 %115, label %116, label %117

116:                                              ; preds = %108
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

117:                                              ; preds = %108
  %118 = icmp ugt i64 %111, 4078
  br i1 %118, label %119, label %120

119:                                              ; preds = %117
  tail call fastcc void @advise_big(i8* noundef nonnull %114, i64 noundef %113) #37
  br label %120

120:                                              ; preds = %119, %117
  store i8* %114, i8** %112, align 8, !tbaa !43
  store i64 %111, i64* %86, align 8, !tbaa !67
  br label %121

121:                                              ; preds = %120, %100
  %122 = phi i8* [ %114, %120 ], [ %102, %100 ]
  %123 = getelementptr inbounds i8, i8* %122, i64 16
  %124 = getelementptr inbounds i8, i8* %123, i64 %84
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %124, i8* align 1 %104, i64 %105, i1 false) #37
  store i64 %106, i64* %85, align 8, !tbaa !45
  %125 = add nsw i64 %106, 2
  %126 = load i64, i64* %86, align 8, !tbaa !67
  %127 = icmp sgt i64 %125, %126
  br i1 %127, label %131, label %128

128:                                              ; preds = %121
  %129 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %80, i64 0, i32 0
  %130 = load i8*, i8** %129, align 8, !tbaa !43
  br label %149

131:                                              ; preds = %121
  %132 = shl nsw i64 %126, 1
  %133 = icmp sgt i64 %132, %125
  %134 = select i1 %133, i64 %132, i64 %125
  %135 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %80, i64 0, i32 0
  %136 = add nsw i64 %134, 17
  %137 = icmp sgt i64 %134, -18
  br i1 %137, label %138, label %144

138:                                              ; preds = %131
  %139 = load i8*, i8** %135, align 8, !tbaa !43
  %140 = icmp eq i64 %136, 0
  %141 = select i1 %140, i64 1, i64 %136
  %142 = tail call i8* @realloc(i8* noundef %139, i64 noundef %141) #37
  %143 = icmp eq i8* %142, null
  br i1 %143, label %144, label %145

144:                                              ; preds = %138, %131
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

145:                                              ; preds = %138
  %146 = icmp ugt i64 %136, 4095
  br i1 %146, label %147, label %148

147:                                              ; preds = %145
  tail call fastcc void @advise_big(i8* noundef nonnull %142, i64 noundef %136) #37
  br label %148

148:                                              ; preds = %147, %145
  store i8* %142, i8** %135, align 8, !tbaa !43
  store i64 %134, i64* %86, align 8, !tbaa !67
  br label %149

149:                                              ; preds = %148, %128
  %150 = phi i8* [ %130, %128 ], [ %142, %148 ]
  %151 = getelementptr inbounds i8, i8* %150, i64 16
  %152 = getelementptr inbounds i8, i8* %151, i64 %106
  %153 = bitcast i8* %152 to i16*
  store i16 8250, i16* %153, align 1
  store i64 %125, i64* %85, align 8, !tbaa !45
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef nonnull %80, %struct.EmStr* noundef %0) #37
  %154 = bitcast i8* %70 to %struct.EmStr**
  %155 = load %struct.EmStr*, %struct.EmStr** %154, align 8, !tbaa !43
  %156 = load i64, i64* %85, align 8, !tbaa !45
  %157 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %155, i64 0, i32 0
  store i64 %156, i64* %157, align 8, !tbaa !11
  %158 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %155, i64 0, i32 1
  store i64 0, i64* %158, align 8, !tbaa !11
  %159 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %155, i64 0, i32 2, i64 %156
  store i8 0, i8* %159, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %70) #37
  %160 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #37
  %161 = icmp eq i8* %160, null
  br i1 %161, label %162, label %163

162:                                              ; preds = %149
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

163:                                              ; preds = %149
  %164 = bitcast i8* %160 to %struct.EmErr*
  %165 = bitcast i8* %160 to i64*
  store i64 %69, i64* %165, align 8, !tbaa !141
  %166 = getelementptr inbounds i8, i8* %160, i64 8
  %167 = bitcast i8* %166 to %struct.EmStr**
  store %struct.EmStr* %155, %struct.EmStr** %167, align 8, !tbaa !143
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %82) #37
  br label %168

168:                                              ; preds = %54, %163
  %169 = phi %struct.EmErr* [ %164, %163 ], [ null, %54 ]
  %170 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %51, i64 0, i32 2
  store %struct.EmErr* %169, %struct.EmErr** %170, align 8, !tbaa !266
  call void @llvm.lifetime.end.p0i8(i64 144, i8* nonnull %34) #37
  ret %struct.EmFile* %51
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i32 @strcmp(i8* nocapture noundef, i8* nocapture noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noalias noundef %struct._IO_FILE* @fopen(i8* nocapture noundef readonly, i8* nocapture noundef readonly) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fstat(i32 noundef, %struct.stat* nocapture noundef) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fileno(%struct._IO_FILE* nocapture noundef) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fclose(%struct._IO_FILE* nocapture noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nosync nounwind readnone willreturn
declare i32* @__errno_location() local_unnamed_addr #27

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly willreturn
define i32 @ember_io_open_failed(%struct.EmFile* nocapture noundef readonly %0) local_unnamed_addr #26 {
  %2 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 2
  %3 = load %struct.EmErr*, %struct.EmErr** %2, align 8, !tbaa !266
  %4 = icmp ne %struct.EmErr* %3, null
  %5 = zext i1 %4 to i32
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define %struct.EmErr* @ember_io_open_error(%struct.EmFile* nocapture noundef %0) local_unnamed_addr #28 {
  %2 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 2
  %3 = load %struct.EmErr*, %struct.EmErr** %2, align 8, !tbaa !266
  store %struct.EmErr* null, %struct.EmErr** %2, align 8, !tbaa !266
  ret %struct.EmErr* %3
}

; Function Attrs: nounwind
define void @ember_io_file_drop(%struct.EmFile* noundef %0) local_unnamed_addr #0 {
  %2 = icmp eq %struct.EmFile* %0, null
  br i1 %2, label %27, label %3

3:                                                ; preds = %1
  %4 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %5 = load %struct._IO_FILE*, %struct._IO_FILE** %4, align 8, !tbaa !263
  %6 = icmp eq %struct._IO_FILE* %5, null
  br i1 %6, label %9, label %7

7:                                                ; preds = %3
  %8 = tail call i32 @fclose(%struct._IO_FILE* noundef nonnull %5)
  br label %9

9:                                                ; preds = %7, %3
  %10 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 2
  %11 = load %struct.EmErr*, %struct.EmErr** %10, align 8, !tbaa !266
  %12 = icmp eq %struct.EmErr* %11, null
  br i1 %12, label %25, label %13

13:                                               ; preds = %9
  %14 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %11, i64 0, i32 1
  %15 = load %struct.EmStr*, %struct.EmStr** %14, align 8, !tbaa !143
  %16 = icmp eq %struct.EmStr* %15, null
  br i1 %16, label %23, label %17

17:                                               ; preds = %13
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %15, i64 0, i32 1
  %19 = load i64, i64* %18, align 8, !tbaa !11
  %20 = icmp eq i64 %19, 0
  br i1 %20, label %21, label %23

21:                                               ; preds = %17
  %22 = bitcast %struct.EmStr* %15 to i8*
  tail call void @free(i8* noundef %22) #37
  br label %23

23:                                               ; preds = %13, %17, %21
  %24 = bitcast %struct.EmErr* %11 to i8*
  tail call void @free(i8* noundef %24) #37
  br label %25

25:                                               ; preds = %23, %9
  %26 = bitcast %struct.EmFile* %0 to i8*
  tail call void @free(i8* noundef %26) #37
  br label %27

27:                                               ; preds = %1, %25
  ret void
}

; Function Attrs: nofree nounwind
define void @ember_io_file_close(%struct.EmFile* nocapture noundef %0) local_unnamed_addr #2 {
  %2 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %3 = load %struct._IO_FILE*, %struct._IO_FILE** %2, align 8, !tbaa !263
  %4 = icmp eq %struct._IO_FILE* %3, null
  br i1 %4, label %7, label %5

5:                                                ; preds = %1
  %6 = tail call i32 @fclose(%struct._IO_FILE* noundef nonnull %3)
  br label %7

7:                                                ; preds = %5, %1
  store %struct._IO_FILE* null, %struct._IO_FILE** %2, align 8, !tbaa !263
  ret void
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_io_file_read(%struct.EmFile* nocapture noundef readonly %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca [65536 x i8], align 16
  %6 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %7 = load %struct._IO_FILE*, %struct._IO_FILE** %6, align 8, !tbaa !263
  %8 = icmp eq %struct._IO_FILE* %7, null
  br i1 %8, label %9, label %10

9:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

10:                                               ; preds = %4
  %11 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 1
  %12 = load i32, i32* %11, align 8, !tbaa !265
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.108, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

15:                                               ; preds = %10
  %16 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #37
  %17 = icmp eq i8* %16, null
  br i1 %17, label %18, label %19

18:                                               ; preds = %15
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

19:                                               ; preds = %15
  %20 = getelementptr inbounds i8, i8* %16, i64 8
  %21 = bitcast i8* %20 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %21, align 8, !tbaa !11
  %22 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #37
  %23 = icmp eq i8* %22, null
  br i1 %23, label %24, label %25

24:                                               ; preds = %19
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

25:                                               ; preds = %19
  %26 = bitcast i8* %16 to i8**
  store i8* %22, i8** %26, align 8, !tbaa !43
  %27 = getelementptr inbounds [65536 x i8], [65536 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 65536, i8* nonnull %27) #37
  %28 = call i64 @fread(i8* noundef nonnull %27, i64 noundef 1, i64 noundef 65536, %struct._IO_FILE* noundef nonnull %7) #37
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %32

30:                                               ; preds = %25
  %31 = bitcast i8* %22 to %struct.EmStr*
  br label %68

32:                                               ; preds = %25
  %33 = bitcast i8* %16 to %struct.EmBuf*
  %34 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %33, i64 0, i32 0
  br label %35

35:                                               ; preds = %58, %32
  %36 = phi i8* [ %22, %32 ], [ %59, %58 ]
  %37 = phi i64 [ 48, %32 ], [ %60, %58 ]
  %38 = phi i64 [ 0, %32 ], [ %40, %58 ]
  %39 = phi i64 [ %28, %32 ], [ %63, %58 ]
  %40 = add nsw i64 %39, %38
  %41 = icmp sgt i64 %40, %37
  br i1 %41, label %42, label %58

42:                                               ; preds = %35
  %43 = shl nsw i64 %37, 1
  %44 = icmp sgt i64 %43, %40
  %45 = select i1 %44, i64 %43, i64 %40
  %46 = add nsw i64 %45, 17
  %47 = icmp sgt i64 %45, -18
  br i1 %47, label %48, label %53

48:                                               ; preds = %42
  %49 = icmp eq i64 %46, 0
  %50 = select i1 %49, i64 1, i64 %46
  %51 = tail call i8* @realloc(i8* noundef %36, i64 noundef %50) #37
  %52 = icmp eq i8* %51, null
  br i1 %52, label %53, label %54

53:                                               ; preds = %48, %42
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

54:                                               ; preds = %48
  %55 = icmp ugt i64 %46, 4095
  br i1 %55, label %56, label %57

56:                                               ; preds = %54
  tail call fastcc void @advise_big(i8* noundef nonnull %51, i64 noundef %46) #37
  br label %57

57:                                               ; preds = %56, %54
  store i8* %51, i8** %34, align 8, !tbaa !43
  br label %58

58:                                               ; preds = %57, %35
  %59 = phi i8* [ %51, %57 ], [ %36, %35 ]
  %60 = phi i64 [ %45, %57 ], [ %37, %35 ]
  %61 = getelementptr inbounds i8, i8* %59, i64 16
  %62 = getelementptr inbounds i8, i8* %61, i64 %38
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %62, i8* nonnull align 16 %27, i64 %39, i1 false) #37
  %63 = call i64 @fread(i8* noundef nonnull %27, i64 noundef 1, i64 noundef 65536, %struct._IO_FILE* noundef nonnull %7) #37
  %64 = icmp eq i64 %63, 0
  br i1 %64, label %65, label %35, !llvm.loop !267

65:                                               ; preds = %58
  %66 = bitcast i8* %16 to %struct.EmStr**
  %67 = load %struct.EmStr*, %struct.EmStr** %66, align 8, !tbaa !43
  br label %68

68:                                               ; preds = %30, %65
  %69 = phi i64 [ %40, %65 ], [ 0, %30 ]
  %70 = phi %struct.EmStr* [ %67, %65 ], [ %31, %30 ]
  %71 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %70, i64 0, i32 0
  store i64 %69, i64* %71, align 8, !tbaa !11
  %72 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %70, i64 0, i32 1
  store i64 0, i64* %72, align 8, !tbaa !11
  %73 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %70, i64 0, i32 2, i64 %69
  store i8 0, i8* %73, align 1, !tbaa !17
  tail call void @free(i8* noundef nonnull %16) #37
  call void @llvm.lifetime.end.p0i8(i64 65536, i8* nonnull %27) #37
  ret %struct.EmStr* %70
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_io_file_readline(%struct.EmFile* nocapture noundef readonly %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %6 = load %struct._IO_FILE*, %struct._IO_FILE** %5, align 8, !tbaa !263
  %7 = icmp eq %struct._IO_FILE* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 1
  %11 = load i32, i32* %10, align 8, !tbaa !265
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.108, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

14:                                               ; preds = %9
  %15 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef nonnull %6)
  %16 = icmp eq %struct.EmStr* %15, null
  br i1 %16, label %17, label %23

17:                                               ; preds = %14
  %18 = tail call noalias dereferenceable_or_null(17) i8* @malloc(i64 noundef 17) #37
  %19 = icmp eq i8* %18, null
  br i1 %19, label %20, label %21

20:                                               ; preds = %17
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

21:                                               ; preds = %17
  %22 = bitcast i8* %18 to %struct.EmStr*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(17) %18, i8 0, i64 17, i1 false)
  br label %23

23:                                               ; preds = %14, %21
  %24 = phi %struct.EmStr* [ %22, %21 ], [ %15, %14 ]
  ret %struct.EmStr* %24
}

; Function Attrs: nounwind
define internal fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef %0) unnamed_addr #0 {
  %2 = alloca i8*, align 8
  %3 = alloca i64, align 8
  %4 = bitcast i8** %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %4) #37
  store i8* null, i8** %2, align 8, !tbaa !7
  %5 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5) #37
  store i64 0, i64* %3, align 8, !tbaa !11
  %6 = call i64 @getline(i8** noundef nonnull %2, i64* noundef nonnull %3, %struct._IO_FILE* noundef %0) #37
  %7 = icmp slt i64 %6, 0
  br i1 %7, label %24, label %8

8:                                                ; preds = %1
  %9 = load i8*, i8** %2, align 8, !tbaa !7
  %10 = add nuw nsw i64 %6, 17
  %11 = call noalias i8* @malloc(i64 noundef %10) #37
  %12 = icmp eq i8* %11, null
  br i1 %12, label %13, label %14

13:                                               ; preds = %8
  call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

14:                                               ; preds = %8
  %15 = icmp ugt i64 %6, 4078
  br i1 %15, label %16, label %17

16:                                               ; preds = %14
  call fastcc void @advise_big(i8* noundef nonnull %11, i64 noundef %10) #37
  br label %17

17:                                               ; preds = %14, %16
  %18 = bitcast i8* %11 to %struct.EmStr*
  %19 = bitcast i8* %11 to i64*
  store i64 %6, i64* %19, align 8, !tbaa !11
  %20 = getelementptr inbounds i8, i8* %11, i64 8
  %21 = bitcast i8* %20 to i64*
  store i64 0, i64* %21, align 8, !tbaa !11
  %22 = getelementptr inbounds i8, i8* %11, i64 16
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %22, i8* align 1 %9, i64 %6, i1 false) #37
  %23 = getelementptr inbounds i8, i8* %22, i64 %6
  store i8 0, i8* %23, align 1, !tbaa !17
  br label %24

24:                                               ; preds = %1, %17
  %25 = phi %struct.EmStr* [ %18, %17 ], [ null, %1 ]
  %26 = load i8*, i8** %2, align 8, !tbaa !7
  call void @free(i8* noundef %26) #37
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5) #37
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %4) #37
  ret %struct.EmStr* %25
}

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_io_file_readlines(%struct.EmFile* nocapture noundef readonly %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %6 = load %struct._IO_FILE*, %struct._IO_FILE** %5, align 8, !tbaa !263
  %7 = icmp eq %struct._IO_FILE* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 1
  %11 = load i32, i32* %10, align 8, !tbaa !265
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.108, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

14:                                               ; preds = %9
  %15 = call dereferenceable_or_null(24) i8* @calloc(i64 1, i64 24)
  %16 = icmp eq i8* %15, null
  br i1 %16, label %17, label %18

17:                                               ; preds = %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.60, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #38
  unreachable

18:                                               ; preds = %14
  %19 = bitcast i8* %15 to %struct.EmList*
  %20 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef nonnull %6) #37
  %21 = icmp eq %struct.EmStr* %20, null
  br i1 %21, label %52, label %22

22:                                               ; preds = %18
  %23 = getelementptr inbounds %struct.EmList, %struct.EmList* %19, i64 0, i32 0
  %24 = getelementptr inbounds %struct.EmList, %struct.EmList* %19, i64 0, i32 1
  %25 = getelementptr inbounds %struct.EmList, %struct.EmList* %19, i64 0, i32 2
  br label %26

26:                                               ; preds = %50, %22
  %27 = phi i8* [ null, %22 ], [ %42, %50 ]
  %28 = phi i64 [ 0, %22 ], [ %51, %50 ]
  %29 = phi i64 [ 0, %22 ], [ %44, %50 ]
  %30 = phi %struct.EmStr* [ %20, %22 ], [ %48, %50 ]
  %31 = icmp slt i64 %29, %28
  br i1 %31, label %41, label %32

32:                                               ; preds = %26
  %33 = add nsw i64 %29, 1
  %34 = shl nsw i64 %28, 1
  %35 = icmp sgt i64 %34, 4
  %36 = select i1 %35, i64 %34, i64 4
  %37 = icmp slt i64 %36, %33
  %38 = select i1 %37, i64 %33, i64 %36
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %19, i64 noundef 8, i64 noundef %38) #37
  %39 = load i64, i64* %23, align 8, !tbaa !13
  %40 = load i8*, i8** %25, align 8, !tbaa !16
  br label %41

41:                                               ; preds = %32, %26
  %42 = phi i8* [ %40, %32 ], [ %27, %26 ]
  %43 = phi i64 [ %39, %32 ], [ %29, %26 ]
  %44 = add nsw i64 %43, 1
  store i64 %44, i64* %23, align 8, !tbaa !13
  %45 = shl nsw i64 %43, 3
  %46 = getelementptr inbounds i8, i8* %42, i64 %45
  %47 = bitcast i8* %46 to %struct.EmStr**
  store %struct.EmStr* %30, %struct.EmStr** %47, align 8, !tbaa !7
  %48 = tail call fastcc %struct.EmStr* @file_line(%struct._IO_FILE* noundef nonnull %6) #37
  %49 = icmp eq %struct.EmStr* %48, null
  br i1 %49, label %52, label %50, !llvm.loop !268

50:                                               ; preds = %41
  %51 = load i64, i64* %24, align 8, !tbaa !15
  br label %26

52:                                               ; preds = %41, %18
  ret %struct.EmList* %19
}

; Function Attrs: nounwind
define i64 @ember_io_file_write(%struct.EmFile* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %10 = load %struct._IO_FILE*, %struct._IO_FILE** %9, align 8, !tbaa !263
  %11 = icmp eq %struct._IO_FILE* %10, null
  br i1 %11, label %12, label %13

12:                                               ; preds = %5
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

13:                                               ; preds = %5
  %14 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 1
  %15 = load i32, i32* %14, align 8, !tbaa !265
  %16 = icmp eq i32 %15, 1
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.107, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

18:                                               ; preds = %13
  %19 = tail call i64 @fwrite(i8* noundef nonnull %6, i64 noundef 1, i64 noundef %8, %struct._IO_FILE* noundef nonnull %10)
  %20 = load i64, i64* %7, align 8, !tbaa !11
  %21 = icmp sgt i64 %20, 0
  br i1 %21, label %22, label %112

22:                                               ; preds = %18
  %23 = icmp ult i64 %20, 4
  br i1 %23, label %98, label %24

24:                                               ; preds = %22
  %25 = and i64 %20, -4
  %26 = add i64 %25, -4
  %27 = lshr exact i64 %26, 2
  %28 = add nuw nsw i64 %27, 1
  %29 = and i64 %28, 1
  %30 = icmp eq i64 %26, 0
  br i1 %30, label %70, label %31

31:                                               ; preds = %24
  %32 = and i64 %28, 9223372036854775806
  br label %33

33:                                               ; preds = %33, %31
  %34 = phi i64 [ 0, %31 ], [ %67, %33 ]
  %35 = phi <2 x i64> [ zeroinitializer, %31 ], [ %65, %33 ]
  %36 = phi <2 x i64> [ zeroinitializer, %31 ], [ %66, %33 ]
  %37 = phi i64 [ 0, %31 ], [ %68, %33 ]
  %38 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %34
  %39 = bitcast i8* %38 to <2 x i8>*
  %40 = load <2 x i8>, <2 x i8>* %39, align 1, !tbaa !17
  %41 = getelementptr inbounds i8, i8* %38, i64 2
  %42 = bitcast i8* %41 to <2 x i8>*
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !17
  %44 = and <2 x i8> %40, <i8 -64, i8 -64>
  %45 = and <2 x i8> %43, <i8 -64, i8 -64>
  %46 = icmp ne <2 x i8> %44, <i8 -128, i8 -128>
  %47 = icmp ne <2 x i8> %45, <i8 -128, i8 -128>
  %48 = zext <2 x i1> %46 to <2 x i64>
  %49 = zext <2 x i1> %47 to <2 x i64>
  %50 = add <2 x i64> %35, %48
  %51 = add <2 x i64> %36, %49
  %52 = or i64 %34, 4
  %53 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %52
  %54 = bitcast i8* %53 to <2 x i8>*
  %55 = load <2 x i8>, <2 x i8>* %54, align 1, !tbaa !17
  %56 = getelementptr inbounds i8, i8* %53, i64 2
  %57 = bitcast i8* %56 to <2 x i8>*
  %58 = load <2 x i8>, <2 x i8>* %57, align 1, !tbaa !17
  %59 = and <2 x i8> %55, <i8 -64, i8 -64>
  %60 = and <2 x i8> %58, <i8 -64, i8 -64>
  %61 = icmp ne <2 x i8> %59, <i8 -128, i8 -128>
  %62 = icmp ne <2 x i8> %60, <i8 -128, i8 -128>
  %63 = zext <2 x i1> %61 to <2 x i64>
  %64 = zext <2 x i1> %62 to <2 x i64>
  %65 = add <2 x i64> %50, %63
  %66 = add <2 x i64> %51, %64
  %67 = add nuw i64 %34, 8
  %68 = add i64 %37, 2
  %69 = icmp eq i64 %68, %32
  br i1 %69, label %70, label %33, !llvm.loop !269

70:                                               ; preds = %33, %24
  %71 = phi <2 x i64> [ undef, %24 ], [ %65, %33 ]
  %72 = phi <2 x i64> [ undef, %24 ], [ %66, %33 ]
  %73 = phi i64 [ 0, %24 ], [ %67, %33 ]
  %74 = phi <2 x i64> [ zeroinitializer, %24 ], [ %65, %33 ]
  %75 = phi <2 x i64> [ zeroinitializer, %24 ], [ %66, %33 ]
  %76 = icmp eq i64 %29, 0
  br i1 %76, label %92, label %77

77:                                               ; preds = %70
  %78 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %73
  %79 = bitcast i8* %78 to <2 x i8>*
  %80 = load <2 x i8>, <2 x i8>* %79, align 1, !tbaa !17
  %81 = getelementptr inbounds i8, i8* %78, i64 2
  %82 = bitcast i8* %81 to <2 x i8>*
  %83 = load <2 x i8>, <2 x i8>* %82, align 1, !tbaa !17
  %84 = and <2 x i8> %80, <i8 -64, i8 -64>
  %85 = and <2 x i8> %83, <i8 -64, i8 -64>
  %86 = icmp ne <2 x i8> %84, <i8 -128, i8 -128>
  %87 = icmp ne <2 x i8> %85, <i8 -128, i8 -128>
  %88 = zext <2 x i1> %86 to <2 x i64>
  %89 = zext <2 x i1> %87 to <2 x i64>
  %90 = add <2 x i64> %74, %88
  %91 = add <2 x i64> %75, %89
  br label %92

92:                                               ; preds = %70, %77
  %93 = phi <2 x i64> [ %71, %70 ], [ %90, %77 ]
  %94 = phi <2 x i64> [ %72, %70 ], [ %91, %77 ]
  %95 = add <2 x i64> %94, %93
  %96 = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %95)
  %97 = icmp eq i64 %20, %25
  br i1 %97, label %112, label %98

98:                                               ; preds = %22, %92
  %99 = phi i64 [ 0, %22 ], [ %25, %92 ]
  %100 = phi i64 [ 0, %22 ], [ %96, %92 ]
  br label %101

101:                                              ; preds = %98, %101
  %102 = phi i64 [ %110, %101 ], [ %99, %98 ]
  %103 = phi i64 [ %109, %101 ], [ %100, %98 ]
  %104 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %102
  %105 = load i8, i8* %104, align 1, !tbaa !17
  %106 = and i8 %105, -64
  %107 = icmp ne i8 %106, -128
  %108 = zext i1 %107 to i64
  %109 = add nuw nsw i64 %103, %108
  %110 = add nuw nsw i64 %102, 1
  %111 = icmp eq i64 %110, %20
  br i1 %111, label %112, label %101, !llvm.loop !270

112:                                              ; preds = %101, %92, %18
  %113 = phi i64 [ 0, %18 ], [ %96, %92 ], [ %109, %101 ]
  ret i64 %113
}

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(i8* nocapture noundef, i64 noundef, i64 noundef, %struct._IO_FILE* nocapture noundef) local_unnamed_addr #7

; Function Attrs: nounwind
define void @ember_io_file_writelines(%struct.EmFile* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %7 = load %struct._IO_FILE*, %struct._IO_FILE** %6, align 8, !tbaa !263
  %8 = icmp eq %struct._IO_FILE* %7, null
  br i1 %8, label %9, label %10

9:                                                ; preds = %5
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

10:                                               ; preds = %5
  %11 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 1
  %12 = load i32, i32* %11, align 8, !tbaa !265
  %13 = icmp eq i32 %12, 1
  br i1 %13, label %14, label %21

14:                                               ; preds = %10
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %16 = load i64, i64* %15, align 8, !tbaa !13
  %17 = icmp sgt i64 %16, 0
  br i1 %17, label %18, label %22

18:                                               ; preds = %14
  %19 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %20 = bitcast i8** %19 to %struct.EmStr***
  br label %23

21:                                               ; preds = %10
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.107, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

22:                                               ; preds = %23, %14
  ret void

23:                                               ; preds = %18, %23
  %24 = phi i64 [ 0, %18 ], [ %32, %23 ]
  %25 = load %struct.EmStr**, %struct.EmStr*** %20, align 8, !tbaa !16
  %26 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %25, i64 %24
  %27 = load %struct.EmStr*, %struct.EmStr** %26, align 8, !tbaa !7
  %28 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %27, i64 0, i32 2, i64 0
  %29 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %27, i64 0, i32 0
  %30 = load i64, i64* %29, align 8, !tbaa !11
  %31 = tail call i64 @fwrite(i8* noundef nonnull %28, i64 noundef 1, i64 noundef %30, %struct._IO_FILE* noundef nonnull %7)
  %32 = add nuw nsw i64 %24, 1
  %33 = load i64, i64* %15, align 8, !tbaa !13
  %34 = icmp slt i64 %32, %33
  br i1 %34, label %23, label %22, !llvm.loop !271
}

; Function Attrs: nounwind
define void @ember_io_file_flush(%struct.EmFile* nocapture noundef readonly %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 0
  %6 = load %struct._IO_FILE*, %struct._IO_FILE** %5, align 8, !tbaa !263
  %7 = icmp eq %struct._IO_FILE* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %0, i64 0, i32 1
  %11 = load i32, i32* %10, align 8, !tbaa !265
  %12 = icmp eq i32 %11, 1
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.107, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #38
  unreachable

14:                                               ; preds = %9
  %15 = tail call i32 @fflush(%struct._IO_FILE* noundef nonnull %6)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(%struct._IO_FILE* nocapture noundef) local_unnamed_addr #7

; Function Attrs: nounwind
define void @ember_buf_fprint(%struct.EmBuf* noundef %0, %struct.EmFile* nocapture noundef readonly %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %1, i64 0, i32 0
  %7 = load %struct._IO_FILE*, %struct._IO_FILE** %6, align 8, !tbaa !263
  %8 = icmp eq %struct._IO_FILE* %7, null
  br i1 %8, label %9, label %10

9:                                                ; preds = %5
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.106, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

10:                                               ; preds = %5
  %11 = getelementptr inbounds %struct.EmFile, %struct.EmFile* %1, i64 0, i32 1
  %12 = load i32, i32* %11, align 8, !tbaa !265
  %13 = icmp eq i32 %12, 1
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  tail call void @ember_fault(i32 noundef 15, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.107, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #38
  unreachable

15:                                               ; preds = %10
  %16 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %17 = load i8*, i8** %16, align 8, !tbaa !43
  %18 = getelementptr inbounds i8, i8* %17, i64 16
  %19 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %20 = load i64, i64* %19, align 8, !tbaa !45
  %21 = tail call i64 @fwrite(i8* noundef nonnull %18, i64 noundef 1, i64 noundef %20, %struct._IO_FILE* noundef nonnull %7)
  %22 = load i8*, i8** %16, align 8, !tbaa !43
  tail call void @free(i8* noundef %22) #37
  %23 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %23) #37
  ret void
}

; Function Attrs: noreturn nounwind
declare void @longjmp(%struct.__jmp_buf_tag* noundef, i32 noundef) local_unnamed_addr #29

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #29

; Function Attrs: nounwind
declare i32 @mallopt(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i8* @sbrk(i64 noundef) local_unnamed_addr #1

; Function Attrs: noinline nounwind
define internal fastcc void @advise_big(i8* noundef %0, i64 noundef %1) unnamed_addr #30 {
  %3 = load atomic i32, i32* @em_huge_wanted monotonic, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %18

5:                                                ; preds = %2
  %6 = tail call i8* @getenv(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.88, i64 0, i64 0)) #37
  %7 = icmp eq i8* %6, null
  br i1 %7, label %16, label %8

8:                                                ; preds = %5
  %9 = load i8, i8* %6, align 1, !tbaa !17
  %10 = icmp eq i8 %9, 48
  br i1 %10, label %11, label %16

11:                                               ; preds = %8
  %12 = getelementptr inbounds i8, i8* %6, i64 1
  %13 = load i8, i8* %12, align 1, !tbaa !17
  %14 = icmp eq i8 %13, 0
  %15 = select i1 %14, i32 2, i32 1
  br label %16

16:                                               ; preds = %11, %8, %5
  %17 = phi i32 [ 1, %8 ], [ 1, %5 ], [ %15, %11 ]
  store atomic i32 %17, i32* @em_huge_wanted monotonic, align 4
  br label %18

18:                                               ; preds = %2, %16
  %19 = phi i32 [ %3, %2 ], [ %17, %16 ]
  %20 = icmp eq i32 %19, 1
  br i1 %20, label %21, label %54

21:                                               ; preds = %18
  %22 = ptrtoint i8* %0 to i64
  %23 = load atomic i64, i64* @em_heap_advised monotonic, align 8
  %24 = icmp sgt i64 %1, 4194303
  %25 = add i64 %22, %1
  br i1 %24, label %26, label %35

26:                                               ; preds = %21
  %27 = and i64 %25, -2097152
  %28 = add i64 %22, 2097151
  %29 = and i64 %28, -2097152
  %30 = icmp ugt i64 %27, %29
  br i1 %30, label %31, label %35

31:                                               ; preds = %26
  %32 = inttoptr i64 %29 to i8*
  %33 = sub i64 %27, %29
  %34 = tail call i32 @madvise(i8* noundef %32, i64 noundef %33, i32 noundef 14) #37
  br label %35

35:                                               ; preds = %21, %31, %26
  %36 = icmp ne i64 %23, 0
  %37 = icmp ugt i64 %25, %23
  %38 = and i1 %36, %37
  br i1 %38, label %39, label %54

39:                                               ; preds = %35
  %40 = tail call i8* @sbrk(i64 noundef 0) #37
  %41 = ptrtoint i8* %40 to i64
  %42 = icmp ugt i8* %40, %0
  %43 = icmp ult i64 %23, %41
  %44 = select i1 %42, i1 %43, i1 false
  br i1 %44, label %45, label %54

45:                                               ; preds = %39
  %46 = add i64 %23, 2097151
  %47 = and i64 %46, -2097152
  %48 = icmp ult i64 %47, %41
  br i1 %48, label %49, label %53

49:                                               ; preds = %45
  %50 = inttoptr i64 %47 to i8*
  %51 = sub i64 %41, %47
  %52 = tail call i32 @madvise(i8* noundef %50, i64 noundef %51, i32 noundef 14) #37
  br label %53

53:                                               ; preds = %45, %49
  store atomic i64 %41, i64* @em_heap_advised monotonic, align 8
  br label %54

54:                                               ; preds = %35, %53, %39, %18
  ret void
}

; Function Attrs: nofree nounwind readonly
declare noundef i8* @getenv(i8* nocapture noundef) local_unnamed_addr #31

; Function Attrs: nounwind
declare i32 @madvise(i8* noundef, i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @getpid() local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @sched_yield() local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_key_delete(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_key_create(i32* noundef, void (i8*)* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_init(%union.pthread_mutex_t* noundef, %union.pthread_mutexattr_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_cond_init(%union.pthread_cond_t* noundef, %union.pthread_condattr_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @sigfillset(%struct.__sigset_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_sigmask(i32 noundef, %struct.__sigset_t* noundef, %struct.__sigset_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_create(i64* noundef, %union.pthread_attr_t* noundef, i8* (i8*)* noundef, i8* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define internal noalias i8* @pool_worker(i8* nocapture noundef readnone %0) #0 {
  %2 = alloca %struct.timespec, align 8
  %3 = alloca %struct.timespec, align 8
  %4 = bitcast %struct.timespec* %3 to i8*
  %5 = getelementptr inbounds %struct.timespec, %struct.timespec* %3, i64 0, i32 0
  %6 = getelementptr inbounds %struct.timespec, %struct.timespec* %3, i64 0, i32 1
  %7 = bitcast %struct.timespec* %2 to i8*
  %8 = getelementptr inbounds %struct.timespec, %struct.timespec* %2, i64 0, i32 0
  %9 = getelementptr inbounds %struct.timespec, %struct.timespec* %2, i64 0, i32 1
  br label %10

10:                                               ; preds = %70, %1
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %4) #37
  %11 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %3) #37
  %12 = load i64, i64* %5, align 8, !tbaa !19
  %13 = load i64, i64* %6, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %4) #37
  %14 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  %15 = and i64 %14, 65535
  %16 = lshr i64 %14, 16
  %17 = and i64 %16, 65535
  %18 = icmp ult i64 %15, %17
  br i1 %18, label %67, label %19

19:                                               ; preds = %10, %36
  %20 = phi i32 [ %37, %36 ], [ 1, %10 ]
  %21 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %92

23:                                               ; preds = %19
  %24 = and i32 %20, 255
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %36

26:                                               ; preds = %23
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %7) #37
  %27 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %2) #37
  %28 = load i64, i64* %8, align 8, !tbaa !19
  %29 = load i64, i64* %9, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %7) #37
  %30 = sub i64 %28, %12
  %31 = mul i64 %30, 1000000000
  %32 = sub i64 %29, %13
  %33 = add i64 %32, %31
  %34 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %35 = icmp sgt i64 %33, %34
  br i1 %35, label %43, label %36

36:                                               ; preds = %26, %23
  %37 = add i32 %20, 1
  %38 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  %39 = and i64 %38, 65535
  %40 = lshr i64 %38, 16
  %41 = and i64 %40, 65535
  %42 = icmp ult i64 %39, %41
  br i1 %42, label %67, label %19

43:                                               ; preds = %26
  %44 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %45 = atomicrmw add i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %46 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  %47 = and i64 %46, 65535
  %48 = lshr i64 %46, 16
  %49 = and i64 %48, 65535
  %50 = icmp ult i64 %47, %49
  br i1 %50, label %51, label %54

51:                                               ; preds = %43
  %52 = atomicrmw sub i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %53 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br label %67

54:                                               ; preds = %43, %57
  %55 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %89

57:                                               ; preds = %54
  %58 = call i32 @pthread_cond_wait(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0), %union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %59 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) seq_cst, align 64
  %60 = and i64 %59, 65535
  %61 = lshr i64 %59, 16
  %62 = and i64 %61, 65535
  %63 = icmp ult i64 %60, %62
  br i1 %63, label %64, label %54, !llvm.loop !272

64:                                               ; preds = %57
  %65 = atomicrmw sub i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %66 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br i1 %56, label %67, label %92

67:                                               ; preds = %36, %10, %51, %64
  br label %68

68:                                               ; preds = %67, %88
  %69 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20) acquire, align 64
  br label %70

70:                                               ; preds = %76, %68
  %71 = phi i64 [ %69, %68 ], [ %87, %76 ]
  %72 = and i64 %71, 65535
  %73 = lshr i64 %71, 16
  %74 = and i64 %73, 65535
  %75 = icmp ugt i64 %74, %72
  br i1 %75, label %76, label %10

76:                                               ; preds = %70
  %77 = sub nsw i64 %74, %72
  %78 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %79 = sext i32 %78 to i64
  %80 = shl nsw i64 %79, 1
  %81 = sdiv i64 %77, %80
  %82 = icmp sgt i64 %81, 1
  %83 = select i1 %82, i64 %81, i64 1
  %84 = add i64 %83, %71
  %85 = cmpxchg weak i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 20), i64 %71, i64 %84 acq_rel acquire, align 8
  %86 = extractvalue { i64, i1 } %85, 1
  %87 = extractvalue { i64, i1 } %85, 0
  br i1 %86, label %88, label %70, !llvm.loop !59

88:                                               ; preds = %76
  call fastcc void @pool_run_claimed(i64 noundef %71, i64 noundef %83)
  br label %68, !llvm.loop !273

89:                                               ; preds = %54
  %90 = atomicrmw sub i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %91 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br label %92

92:                                               ; preds = %64, %19, %89
  ret i8* null
}

; Function Attrs: nounwind
declare i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef) local_unnamed_addr #1

declare i32 @sched_getaffinity(i32 noundef, i64 noundef, i8* noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare i64 @sysconf(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(i8* noundef readonly, i8** nocapture noundef, i32 noundef) local_unnamed_addr #24

; Function Attrs: nounwind
define internal fastcc void @pool_run_claimed(i64 noundef %0, i64 noundef %1) unnamed_addr #0 {
  %3 = and i64 %0, 65535
  %4 = lshr i64 %0, 16
  %5 = and i64 %4, 65535
  %6 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 18), align 32, !tbaa !57
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = add nsw i64 %3, %1
  %10 = icmp sgt i64 %1, 0
  br i1 %10, label %15, label %23

11:                                               ; preds = %2
  %12 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  %13 = icmp slt i64 %3, %12
  br i1 %13, label %14, label %23

14:                                               ; preds = %11
  tail call fastcc void @pool_chunk(i64 noundef %5, i64 noundef %3, i64 noundef %1)
  br label %23

15:                                               ; preds = %8, %20
  %16 = phi i64 [ %21, %20 ], [ %3, %8 ]
  %17 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24) monotonic, align 64
  %18 = icmp slt i64 %16, %17
  br i1 %18, label %19, label %20

19:                                               ; preds = %15
  tail call fastcc void @pool_chunk(i64 noundef %5, i64 noundef %16, i64 noundef 1)
  br label %20

20:                                               ; preds = %15, %19
  %21 = add nuw nsw i64 %16, 1
  %22 = icmp slt i64 %21, %9
  br i1 %22, label %15, label %23, !llvm.loop !274

23:                                               ; preds = %20, %8, %11, %14
  %24 = atomicrmw add i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 22), i64 %1 seq_cst, align 8
  %25 = add nsw i64 %24, %1
  %26 = icmp eq i64 %25, %5
  br i1 %26, label %27, label %34

27:                                               ; preds = %23
  %28 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %34, label %30

30:                                               ; preds = %27
  %31 = tail call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  %32 = tail call i32 @pthread_cond_signal(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #37
  %33 = tail call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #37
  br label %34

34:                                               ; preds = %30, %27, %23
  ret void
}

declare i32 @pthread_cond_wait(%union.pthread_cond_t* noundef, %union.pthread_mutex_t* noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define internal fastcc void @pool_chunk(i64 noundef %0, i64 noundef %1, i64 noundef %2) unnamed_addr #0 {
  %4 = alloca %struct.EmChunkCtx, align 16
  %5 = bitcast %struct.EmChunkCtx* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 528, i8* nonnull %5) #37
  %6 = getelementptr inbounds %struct.EmChunkCtx, %struct.EmChunkCtx* %4, i64 0, i32 1
  store i64 %1, i64* %6, align 16, !tbaa !27
  %7 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %8 = call i32 @pthread_setspecific(i32 noundef %7, i8* noundef nonnull %5) #37
  %9 = getelementptr inbounds %struct.EmChunkCtx, %struct.EmChunkCtx* %4, i64 0, i32 0, i32 0, i64 0
  %10 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef nonnull %9) #41
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %27

12:                                               ; preds = %3
  %13 = load void (i8*, i64, i64, i64)*, void (i8*, i64, i64, i64)** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 15), align 8, !tbaa !54
  %14 = load i8*, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16, !tbaa !55
  %15 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 17), align 8, !tbaa !56
  %16 = sdiv i64 %15, %0
  %17 = mul nsw i64 %16, %1
  %18 = srem i64 %15, %0
  %19 = mul nsw i64 %18, %1
  %20 = sdiv i64 %19, %0
  %21 = add nsw i64 %20, %17
  %22 = add nsw i64 %2, %1
  %23 = mul nsw i64 %16, %22
  %24 = mul nsw i64 %18, %22
  %25 = sdiv i64 %24, %0
  %26 = add nsw i64 %25, %23
  call void %13(i8* noundef %14, i64 noundef %21, i64 noundef %26, i64 noundef %1) #37
  br label %27

27:                                               ; preds = %12, %3
  %28 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %29 = call i32 @pthread_setspecific(i32 noundef %28, i8* noundef null) #37
  call void @llvm.lifetime.end.p0i8(i64 528, i8* nonnull %5) #37
  ret void
}

; Function Attrs: nounwind
declare i32 @pthread_cond_signal(%union.pthread_cond_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef) local_unnamed_addr #1

declare i32 @pthread_join(i64 noundef, i8** noundef) local_unnamed_addr #12

; Function Attrs: nofree nosync nounwind
define internal fastcc void @trim_range(%struct.EmStr* nocapture noundef readonly %0, i32 noundef %1, %struct.EmStr* noundef readonly %2, i64* nocapture noundef writeonly %3, i64* nocapture noundef writeonly %4) unnamed_addr #20 {
  %6 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !11
  %8 = and i32 %1, 1
  %9 = icmp ne i32 %8, 0
  %10 = icmp sgt i64 %7, 0
  %11 = select i1 %9, i1 %10, i1 false
  br i1 %11, label %14, label %76

12:                                               ; preds = %70
  %13 = icmp slt i64 %75, %7
  br i1 %13, label %14, label %76, !llvm.loop !275

14:                                               ; preds = %5, %12
  %15 = phi i64 [ %75, %12 ], [ 0, %5 ]
  %16 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %15
  %17 = load i8, i8* %16, align 1, !tbaa !17
  %18 = icmp sgt i8 %17, -1
  br i1 %18, label %19, label %21

19:                                               ; preds = %14
  %20 = zext i8 %17 to i32
  br label %70

21:                                               ; preds = %14
  %22 = icmp ult i8 %17, -32
  br i1 %22, label %23, label %32

23:                                               ; preds = %21
  %24 = and i8 %17, 31
  %25 = zext i8 %24 to i32
  %26 = shl nuw nsw i32 %25, 6
  %27 = getelementptr inbounds i8, i8* %16, i64 1
  %28 = load i8, i8* %27, align 1, !tbaa !17
  %29 = and i8 %28, 63
  %30 = zext i8 %29 to i32
  %31 = or i32 %26, %30
  br label %70

32:                                               ; preds = %21
  %33 = icmp ult i8 %17, -16
  br i1 %33, label %34, label %49

34:                                               ; preds = %32
  %35 = and i8 %17, 15
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 12
  %38 = getelementptr inbounds i8, i8* %16, i64 1
  %39 = load i8, i8* %38, align 1, !tbaa !17
  %40 = and i8 %39, 63
  %41 = zext i8 %40 to i32
  %42 = shl nuw nsw i32 %41, 6
  %43 = or i32 %42, %37
  %44 = getelementptr inbounds i8, i8* %16, i64 2
  %45 = load i8, i8* %44, align 1, !tbaa !17
  %46 = and i8 %45, 63
  %47 = zext i8 %46 to i32
  %48 = or i32 %43, %47
  br label %70

49:                                               ; preds = %32
  %50 = and i8 %17, 7
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 18
  %53 = getelementptr inbounds i8, i8* %16, i64 1
  %54 = load i8, i8* %53, align 1, !tbaa !17
  %55 = and i8 %54, 63
  %56 = zext i8 %55 to i32
  %57 = shl nuw nsw i32 %56, 12
  %58 = or i32 %57, %52
  %59 = getelementptr inbounds i8, i8* %16, i64 2
  %60 = load i8, i8* %59, align 1, !tbaa !17
  %61 = and i8 %60, 63
  %62 = zext i8 %61 to i32
  %63 = shl nuw nsw i32 %62, 6
  %64 = or i32 %58, %63
  %65 = getelementptr inbounds i8, i8* %16, i64 3
  %66 = load i8, i8* %65, align 1, !tbaa !17
  %67 = and i8 %66, 63
  %68 = zext i8 %67 to i32
  %69 = or i32 %64, %68
  br label %70

70:                                               ; preds = %19, %23, %34, %49
  %71 = phi i64 [ 1, %19 ], [ 2, %23 ], [ 3, %34 ], [ 4, %49 ]
  %72 = phi i32 [ %20, %19 ], [ %31, %23 ], [ %48, %34 ], [ %69, %49 ]
  %73 = tail call fastcc i32 @strip_cp(i32 noundef %72, %struct.EmStr* noundef %2)
  %74 = icmp eq i32 %73, 0
  %75 = add nuw nsw i64 %71, %15
  br i1 %74, label %76, label %12

76:                                               ; preds = %12, %70, %5
  %77 = phi i64 [ 0, %5 ], [ %75, %12 ], [ %15, %70 ]
  %78 = and i32 %1, 2
  %79 = icmp eq i32 %78, 0
  br i1 %79, label %158, label %80

80:                                               ; preds = %76
  %81 = add nuw i64 %77, 1
  %82 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %77
  br label %83

83:                                               ; preds = %80, %154
  %84 = phi i64 [ %100, %154 ], [ %7, %80 ]
  %85 = icmp sgt i64 %84, %77
  br i1 %85, label %86, label %158

86:                                               ; preds = %83, %92
  %87 = phi i64 [ %88, %92 ], [ %84, %83 ]
  %88 = add nsw i64 %87, -1
  %89 = icmp sgt i64 %88, %77
  br i1 %89, label %92, label %90

90:                                               ; preds = %86
  %91 = load i8, i8* %82, align 1, !tbaa !17
  br label %97

92:                                               ; preds = %86
  %93 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %88
  %94 = load i8, i8* %93, align 1, !tbaa !17
  %95 = and i8 %94, -64
  %96 = icmp eq i8 %95, -128
  br i1 %96, label %86, label %97, !llvm.loop !276

97:                                               ; preds = %92, %90
  %98 = phi i8 [ %91, %90 ], [ %94, %92 ]
  %99 = phi i64 [ %81, %90 ], [ %87, %92 ]
  %100 = phi i64 [ %77, %90 ], [ %88, %92 ]
  %101 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %100
  %102 = icmp sgt i8 %98, -1
  br i1 %102, label %103, label %105

103:                                              ; preds = %97
  %104 = zext i8 %98 to i32
  br label %154

105:                                              ; preds = %97
  %106 = icmp ult i8 %98, -32
  br i1 %106, label %107, label %116

107:                                              ; preds = %105
  %108 = and i8 %98, 31
  %109 = zext i8 %108 to i32
  %110 = shl nuw nsw i32 %109, 6
  %111 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %99
  %112 = load i8, i8* %111, align 1, !tbaa !17
  %113 = and i8 %112, 63
  %114 = zext i8 %113 to i32
  %115 = or i32 %110, %114
  br label %154

116:                                              ; preds = %105
  %117 = icmp ult i8 %98, -16
  br i1 %117, label %118, label %133

118:                                              ; preds = %116
  %119 = and i8 %98, 15
  %120 = zext i8 %119 to i32
  %121 = shl nuw nsw i32 %120, 12
  %122 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %99
  %123 = load i8, i8* %122, align 1, !tbaa !17
  %124 = and i8 %123, 63
  %125 = zext i8 %124 to i32
  %126 = shl nuw nsw i32 %125, 6
  %127 = or i32 %126, %121
  %128 = getelementptr inbounds i8, i8* %101, i64 2
  %129 = load i8, i8* %128, align 1, !tbaa !17
  %130 = and i8 %129, 63
  %131 = zext i8 %130 to i32
  %132 = or i32 %127, %131
  br label %154

133:                                              ; preds = %116
  %134 = and i8 %98, 7
  %135 = zext i8 %134 to i32
  %136 = shl nuw nsw i32 %135, 18
  %137 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %99
  %138 = load i8, i8* %137, align 1, !tbaa !17
  %139 = and i8 %138, 63
  %140 = zext i8 %139 to i32
  %141 = shl nuw nsw i32 %140, 12
  %142 = or i32 %141, %136
  %143 = getelementptr inbounds i8, i8* %101, i64 2
  %144 = load i8, i8* %143, align 1, !tbaa !17
  %145 = and i8 %144, 63
  %146 = zext i8 %145 to i32
  %147 = shl nuw nsw i32 %146, 6
  %148 = or i32 %142, %147
  %149 = getelementptr inbounds i8, i8* %101, i64 3
  %150 = load i8, i8* %149, align 1, !tbaa !17
  %151 = and i8 %150, 63
  %152 = zext i8 %151 to i32
  %153 = or i32 %148, %152
  br label %154

154:                                              ; preds = %103, %107, %118, %133
  %155 = phi i32 [ %104, %103 ], [ %115, %107 ], [ %132, %118 ], [ %153, %133 ]
  %156 = tail call fastcc i32 @strip_cp(i32 noundef %155, %struct.EmStr* noundef %2)
  %157 = icmp eq i32 %156, 0
  br i1 %157, label %158, label %83

158:                                              ; preds = %154, %83, %76
  %159 = phi i64 [ %7, %76 ], [ %84, %83 ], [ %84, %154 ]
  store i64 %77, i64* %3, align 8, !tbaa !11
  store i64 %159, i64* %4, align 8, !tbaa !11
  ret void
}

; Function Attrs: nofree nosync nounwind readonly
define internal fastcc i32 @strip_cp(i32 noundef %0, %struct.EmStr* noundef readonly %1) unnamed_addr #18 {
  %3 = icmp eq %struct.EmStr* %1, null
  br i1 %3, label %8, label %4

4:                                                ; preds = %2
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp sgt i64 %6, 0
  br i1 %7, label %25, label %86

8:                                                ; preds = %2
  %9 = icmp slt i32 %0, 128
  br i1 %9, label %10, label %17

10:                                               ; preds = %8
  %11 = add i32 %0, -9
  %12 = icmp ult i32 %11, 5
  %13 = add i32 %0, -28
  %14 = icmp ult i32 %13, 5
  %15 = or i1 %12, %14
  %16 = zext i1 %15 to i32
  br label %86

17:                                               ; preds = %8
  switch i32 %0, label %18 [
    i32 5760, label %86
    i32 160, label %86
    i32 133, label %86
  ]

18:                                               ; preds = %17
  %19 = add nsw i32 %0, -8192
  %20 = icmp ult i32 %19, 11
  br i1 %20, label %86, label %21

21:                                               ; preds = %18
  switch i32 %0, label %22 [
    i32 8287, label %86
    i32 8239, label %86
    i32 8233, label %86
    i32 8232, label %86
    i32 12288, label %86
  ]

22:                                               ; preds = %21
  br label %86

23:                                               ; preds = %81
  %24 = icmp slt i64 %85, %6
  br i1 %24, label %25, label %86, !llvm.loop !277

25:                                               ; preds = %4, %23
  %26 = phi i64 [ %85, %23 ], [ 0, %4 ]
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %26
  %28 = load i8, i8* %27, align 1, !tbaa !17
  %29 = icmp sgt i8 %28, -1
  br i1 %29, label %30, label %32

30:                                               ; preds = %25
  %31 = zext i8 %28 to i32
  br label %81

32:                                               ; preds = %25
  %33 = icmp ult i8 %28, -32
  br i1 %33, label %34, label %43

34:                                               ; preds = %32
  %35 = and i8 %28, 31
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 6
  %38 = getelementptr inbounds i8, i8* %27, i64 1
  %39 = load i8, i8* %38, align 1, !tbaa !17
  %40 = and i8 %39, 63
  %41 = zext i8 %40 to i32
  %42 = or i32 %37, %41
  br label %81

43:                                               ; preds = %32
  %44 = icmp ult i8 %28, -16
  br i1 %44, label %45, label %60

45:                                               ; preds = %43
  %46 = and i8 %28, 15
  %47 = zext i8 %46 to i32
  %48 = shl nuw nsw i32 %47, 12
  %49 = getelementptr inbounds i8, i8* %27, i64 1
  %50 = load i8, i8* %49, align 1, !tbaa !17
  %51 = and i8 %50, 63
  %52 = zext i8 %51 to i32
  %53 = shl nuw nsw i32 %52, 6
  %54 = or i32 %53, %48
  %55 = getelementptr inbounds i8, i8* %27, i64 2
  %56 = load i8, i8* %55, align 1, !tbaa !17
  %57 = and i8 %56, 63
  %58 = zext i8 %57 to i32
  %59 = or i32 %54, %58
  br label %81

60:                                               ; preds = %43
  %61 = and i8 %28, 7
  %62 = zext i8 %61 to i32
  %63 = shl nuw nsw i32 %62, 18
  %64 = getelementptr inbounds i8, i8* %27, i64 1
  %65 = load i8, i8* %64, align 1, !tbaa !17
  %66 = and i8 %65, 63
  %67 = zext i8 %66 to i32
  %68 = shl nuw nsw i32 %67, 12
  %69 = or i32 %68, %63
  %70 = getelementptr inbounds i8, i8* %27, i64 2
  %71 = load i8, i8* %70, align 1, !tbaa !17
  %72 = and i8 %71, 63
  %73 = zext i8 %72 to i32
  %74 = shl nuw nsw i32 %73, 6
  %75 = or i32 %69, %74
  %76 = getelementptr inbounds i8, i8* %27, i64 3
  %77 = load i8, i8* %76, align 1, !tbaa !17
  %78 = and i8 %77, 63
  %79 = zext i8 %78 to i32
  %80 = or i32 %75, %79
  br label %81

81:                                               ; preds = %30, %34, %45, %60
  %82 = phi i64 [ 1, %30 ], [ 2, %34 ], [ 3, %45 ], [ 4, %60 ]
  %83 = phi i32 [ %31, %30 ], [ %42, %34 ], [ %59, %45 ], [ %80, %60 ]
  %84 = icmp eq i32 %83, %0
  %85 = add nuw nsw i64 %82, %26
  br i1 %84, label %86, label %23

86:                                               ; preds = %81, %23, %4, %22, %21, %21, %21, %21, %21, %18, %17, %17, %17, %10
  %87 = phi i32 [ %16, %10 ], [ 1, %17 ], [ 0, %22 ], [ 1, %21 ], [ 1, %17 ], [ 1, %17 ], [ 1, %18 ], [ 1, %21 ], [ 1, %21 ], [ 1, %21 ], [ 1, %21 ], [ 0, %4 ], [ 1, %81 ], [ 0, %23 ]
  ret i32 %87
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fma.f64(double, double, double) #5

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.nearbyint.f64(double) #5

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @frexp(double noundef, i32* nocapture noundef) local_unnamed_addr #24

; Function Attrs: mustprogress nofree nounwind willreturn
declare float @strtof(i8* noundef readonly, i8** nocapture noundef) local_unnamed_addr #24

; Function Attrs: inaccessiblememonly mustprogress nofree nounwind willreturn
declare noalias noundef i8* @aligned_alloc(i64 noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: nounwind
define internal fastcc void @merge_sort(i8* noundef %0, i8* noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i32 (i8*, i8*)* noundef %5) unnamed_addr #0 {
  %7 = sub nsw i64 %3, %2
  %8 = icmp slt i64 %7, 17
  br i1 %8, label %9, label %65

9:                                                ; preds = %6
  %10 = add nsw i64 %2, 1
  %11 = icmp slt i64 %10, %3
  br i1 %11, label %12, label %129

12:                                               ; preds = %9
  %13 = mul nsw i64 %4, %2
  %14 = getelementptr inbounds i8, i8* %1, i64 %13
  %15 = bitcast i8* %14 to i64*
  br label %16

16:                                               ; preds = %12, %62
  %17 = phi i64 [ %10, %12 ], [ %63, %62 ]
  %18 = phi i64 [ %2, %12 ], [ %17, %62 ]
  %19 = mul nsw i64 %17, %4
  %20 = getelementptr inbounds i8, i8* %0, i64 %19
  %21 = mul nsw i64 %18, %4
  %22 = getelementptr inbounds i8, i8* %0, i64 %21
  %23 = tail call i32 %5(i8* noundef %20, i8* noundef %22) #37
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %62, label %25

25:                                               ; preds = %16
  switch i64 %4, label %31 [
    i64 8, label %26
    i64 16, label %29
    i64 24, label %30
  ]

26:                                               ; preds = %25
  %27 = bitcast i8* %20 to i64*
  %28 = load i64, i64* %27, align 1
  store i64 %28, i64* %15, align 1
  br label %32

29:                                               ; preds = %25
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %14, i8* noundef nonnull align 1 dereferenceable(16) %20, i64 16, i1 false) #37
  br label %32

30:                                               ; preds = %25
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %14, i8* noundef nonnull align 1 dereferenceable(24) %20, i64 24, i1 false) #37
  br label %32

31:                                               ; preds = %25
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %14, i8* align 1 %20, i64 %4, i1 false) #37
  br label %32

32:                                               ; preds = %26, %29, %30, %31
  %33 = icmp sgt i64 %17, %2
  br i1 %33, label %34, label %53

34:                                               ; preds = %32, %51
  %35 = phi i64 [ %36, %51 ], [ %17, %32 ]
  %36 = add nsw i64 %35, -1
  %37 = mul nsw i64 %36, %4
  %38 = getelementptr inbounds i8, i8* %0, i64 %37
  %39 = tail call i32 %5(i8* noundef %14, i8* noundef %38) #37
  %40 = icmp eq i32 %39, 0
  %41 = mul nsw i64 %35, %4
  br i1 %40, label %53, label %42

42:                                               ; preds = %34
  %43 = getelementptr inbounds i8, i8* %0, i64 %41
  switch i64 %4, label %50 [
    i64 8, label %44
    i64 16, label %48
    i64 24, label %49
  ]

44:                                               ; preds = %42
  %45 = bitcast i8* %38 to i64*
  %46 = bitcast i8* %43 to i64*
  %47 = load i64, i64* %45, align 1
  store i64 %47, i64* %46, align 1
  br label %51

48:                                               ; preds = %42
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %43, i8* noundef nonnull align 1 dereferenceable(16) %38, i64 16, i1 false) #37
  br label %51

49:                                               ; preds = %42
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %43, i8* noundef nonnull align 1 dereferenceable(24) %38, i64 24, i1 false) #37
  br label %51

50:                                               ; preds = %42
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %43, i8* align 1 %38, i64 %4, i1 false) #37
  br label %51

51:                                               ; preds = %44, %48, %49, %50
  %52 = icmp sgt i64 %36, %2
  br i1 %52, label %34, label %53, !llvm.loop !278

53:                                               ; preds = %51, %34, %32
  %54 = phi i64 [ %19, %32 ], [ %13, %51 ], [ %41, %34 ]
  %55 = getelementptr inbounds i8, i8* %0, i64 %54
  switch i64 %4, label %61 [
    i64 8, label %56
    i64 16, label %59
    i64 24, label %60
  ]

56:                                               ; preds = %53
  %57 = bitcast i8* %55 to i64*
  %58 = load i64, i64* %15, align 1
  store i64 %58, i64* %57, align 1
  br label %62

59:                                               ; preds = %53
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %55, i8* noundef nonnull align 1 dereferenceable(16) %14, i64 16, i1 false) #37
  br label %62

60:                                               ; preds = %53
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %55, i8* noundef nonnull align 1 dereferenceable(24) %14, i64 24, i1 false) #37
  br label %62

61:                                               ; preds = %53
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %55, i8* align 1 %14, i64 %4, i1 false) #37
  br label %62

62:                                               ; preds = %61, %60, %59, %56, %16
  %63 = add i64 %17, 1
  %64 = icmp eq i64 %63, %3
  br i1 %64, label %129, label %16, !llvm.loop !279

65:                                               ; preds = %6
  %66 = lshr i64 %7, 1
  %67 = add nsw i64 %66, %2
  tail call fastcc void @merge_sort(i8* noundef %0, i8* noundef %1, i64 noundef %2, i64 noundef %67, i64 noundef %4, i32 (i8*, i8*)* noundef %5)
  tail call fastcc void @merge_sort(i8* noundef %0, i8* noundef %1, i64 noundef %67, i64 noundef %3, i64 noundef %4, i32 (i8*, i8*)* noundef %5)
  %68 = mul nsw i64 %67, %4
  %69 = getelementptr inbounds i8, i8* %0, i64 %68
  %70 = add nsw i64 %67, -1
  %71 = mul nsw i64 %70, %4
  %72 = getelementptr inbounds i8, i8* %0, i64 %71
  %73 = tail call i32 %5(i8* noundef %69, i8* noundef %72) #37
  %74 = icmp eq i32 %73, 0
  br i1 %74, label %129, label %75

75:                                               ; preds = %65
  %76 = mul nsw i64 %4, %2
  %77 = getelementptr inbounds i8, i8* %1, i64 %76
  %78 = getelementptr inbounds i8, i8* %0, i64 %76
  %79 = mul nsw i64 %66, %4
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %77, i8* align 1 %78, i64 %79, i1 false)
  %80 = icmp slt i64 %67, %3
  br i1 %80, label %81, label %121

81:                                               ; preds = %75, %111
  %82 = phi i64 [ %114, %111 ], [ %2, %75 ]
  %83 = phi i64 [ %113, %111 ], [ %67, %75 ]
  %84 = phi i64 [ %112, %111 ], [ %2, %75 ]
  %85 = mul nsw i64 %83, %4
  %86 = getelementptr inbounds i8, i8* %0, i64 %85
  %87 = mul nsw i64 %84, %4
  %88 = getelementptr inbounds i8, i8* %1, i64 %87
  %89 = tail call i32 %5(i8* noundef %86, i8* noundef %88) #37
  %90 = icmp eq i32 %89, 0
  %91 = mul nsw i64 %82, %4
  %92 = getelementptr inbounds i8, i8* %0, i64 %91
  br i1 %90, label %102, label %93

93:                                               ; preds = %81
  %94 = add nsw i64 %83, 1
  switch i64 %4, label %101 [
    i64 8, label %95
    i64 16, label %99
    i64 24, label %100
  ]

95:                                               ; preds = %93
  %96 = bitcast i8* %86 to i64*
  %97 = bitcast i8* %92 to i64*
  %98 = load i64, i64* %96, align 1
  store i64 %98, i64* %97, align 1
  br label %111

99:                                               ; preds = %93
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %92, i8* noundef nonnull align 1 dereferenceable(16) %86, i64 16, i1 false) #37
  br label %111

100:                                              ; preds = %93
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %92, i8* noundef nonnull align 1 dereferenceable(24) %86, i64 24, i1 false) #37
  br label %111

101:                                              ; preds = %93
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %92, i8* align 1 %86, i64 %4, i1 false) #37
  br label %111

102:                                              ; preds = %81
  %103 = add nsw i64 %84, 1
  switch i64 %4, label %110 [
    i64 8, label %104
    i64 16, label %108
    i64 24, label %109
  ]

104:                                              ; preds = %102
  %105 = bitcast i8* %88 to i64*
  %106 = bitcast i8* %92 to i64*
  %107 = load i64, i64* %105, align 1
  store i64 %107, i64* %106, align 1
  br label %111

108:                                              ; preds = %102
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %92, i8* noundef nonnull align 1 dereferenceable(16) %88, i64 16, i1 false) #37
  br label %111

109:                                              ; preds = %102
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %92, i8* noundef nonnull align 1 dereferenceable(24) %88, i64 24, i1 false) #37
  br label %111

110:                                              ; preds = %102
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %92, i8* align 1 %88, i64 %4, i1 false) #37
  br label %111

111:                                              ; preds = %110, %109, %108, %104, %101, %100, %99, %95
  %112 = phi i64 [ %84, %95 ], [ %84, %99 ], [ %84, %100 ], [ %84, %101 ], [ %103, %104 ], [ %103, %108 ], [ %103, %109 ], [ %103, %110 ]
  %113 = phi i64 [ %94, %95 ], [ %94, %99 ], [ %94, %100 ], [ %94, %101 ], [ %83, %104 ], [ %83, %108 ], [ %83, %109 ], [ %83, %110 ]
  %114 = add nsw i64 %82, 1
  %115 = icmp sgt i64 %67, %112
  %116 = icmp slt i64 %113, %3
  %117 = select i1 %115, i1 %116, i1 false
  br i1 %117, label %81, label %118, !llvm.loop !280

118:                                              ; preds = %111
  %119 = mul nsw i64 %114, %4
  %120 = mul nsw i64 %112, %4
  br label %121

121:                                              ; preds = %118, %75
  %122 = phi i64 [ %120, %118 ], [ %76, %75 ]
  %123 = phi i64 [ %119, %118 ], [ %76, %75 ]
  %124 = phi i64 [ %112, %118 ], [ %2, %75 ]
  %125 = getelementptr inbounds i8, i8* %0, i64 %123
  %126 = getelementptr inbounds i8, i8* %1, i64 %122
  %127 = sub nsw i64 %67, %124
  %128 = mul nsw i64 %127, %4
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %125, i8* align 1 %126, i64 %128, i1 false)
  br label %129

129:                                              ; preds = %62, %9, %121, %65
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.bswap.i64(i64) #5

; Function Attrs: mustprogress nofree nounwind readonly willreturn
define internal i32 @lt_str_rec(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1) #16 {
  %3 = bitcast i8* %0 to i64*
  %4 = load i64, i64* %3, align 8, !tbaa !281
  %5 = bitcast i8* %1 to i64*
  %6 = load i64, i64* %5, align 8, !tbaa !281
  %7 = icmp eq i64 %4, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = icmp ult i64 %4, %6
  %10 = zext i1 %9 to i32
  br label %46

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, i8* %0, i64 8
  %13 = bitcast i8* %12 to %struct.EmStr**
  %14 = load %struct.EmStr*, %struct.EmStr** %13, align 8, !tbaa !221
  %15 = getelementptr inbounds i8, i8* %1, i64 8
  %16 = bitcast i8* %15 to %struct.EmStr**
  %17 = load %struct.EmStr*, %struct.EmStr** %16, align 8, !tbaa !221
  %18 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %14, i64 0, i32 2, i64 0
  %19 = load i8, i8* %18, align 8, !tbaa !17
  %20 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 2, i64 0
  %21 = load i8, i8* %20, align 8, !tbaa !17
  %22 = icmp eq i8 %19, %21
  %23 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %14, i64 0, i32 0
  %24 = load i64, i64* %23, align 8, !tbaa !11
  br i1 %22, label %34, label %25

25:                                               ; preds = %11
  %26 = icmp eq i64 %24, 0
  br i1 %26, label %34, label %27

27:                                               ; preds = %25
  %28 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 0
  %29 = load i64, i64* %28, align 8, !tbaa !11
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %34, label %31

31:                                               ; preds = %27
  %32 = icmp ult i8 %19, %21
  %33 = zext i1 %32 to i32
  br label %46

34:                                               ; preds = %27, %25, %11
  %35 = phi i64 [ %24, %27 ], [ 0, %25 ], [ %24, %11 ]
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %17, i64 0, i32 0
  %37 = load i64, i64* %36, align 8, !tbaa !11
  %38 = icmp slt i64 %35, %37
  %39 = select i1 %38, i64 %35, i64 %37
  %40 = tail call i32 @memcmp(i8* noundef nonnull %18, i8* noundef nonnull %20, i64 noundef %39) #39
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %44, label %42

42:                                               ; preds = %34
  %43 = lshr i32 %40, 31
  br label %46

44:                                               ; preds = %34
  %45 = zext i1 %38 to i32
  br label %46

46:                                               ; preds = %44, %42, %31, %8
  %47 = phi i32 [ %10, %8 ], [ %33, %31 ], [ %43, %42 ], [ %45, %44 ]
  ret i32 %47
}

; Function Attrs: nofree
declare noundef i64 @write(i32 noundef, i8* nocapture noundef readonly, i64 noundef) local_unnamed_addr #32

; Function Attrs: nounwind
declare i8* @strerror(i32 noundef) local_unnamed_addr #1

declare i64 @getline(i8** noundef, i64* noundef, %struct._IO_FILE* noundef) local_unnamed_addr #12

; Function Attrs: argmemonly nofree nounwind readonly willreturn
declare i32 @bcmp(i8* nocapture, i8* nocapture, i64) local_unnamed_addr #33

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.abs.i64(i64, i1 immarg) #34

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.smax.i64(i64, i64) #34

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.smin.i64(i64, i64) #34

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smin.i32(i32, i32) #34

; Function Attrs: inaccessiblememonly nofree nounwind willreturn
declare noalias noundef i8* @calloc(i64 noundef, i64 noundef) local_unnamed_addr #35

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x i64> @llvm.ctpop.v2i64(<2 x i64>) #34

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #36

attributes #0 = { nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { nofree nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #4 = { argmemonly mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #6 = { noreturn nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { inaccessiblememonly mustprogress nofree nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #9 = { mustprogress nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #10 = { inaccessiblemem_or_argmemonly mustprogress nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #11 = { mustprogress nofree norecurse nosync nounwind readnone willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #12 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #13 = { nounwind returns_twice "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #14 = { argmemonly mustprogress nofree nounwind willreturn }
attributes #15 = { nofree norecurse nosync nounwind readonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #16 = { mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #17 = { nofree nounwind readonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #18 = { nofree nosync nounwind readonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #19 = { nofree norecurse nosync nounwind readnone "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #20 = { nofree nosync nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #21 = { nofree norecurse nosync nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #22 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #23 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #24 = { mustprogress nofree nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #25 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #26 = { mustprogress nofree norecurse nosync nounwind readonly willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #27 = { mustprogress nofree nosync nounwind readnone willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #28 = { mustprogress nofree norecurse nosync nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #29 = { noreturn nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #30 = { noinline nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #31 = { nofree nounwind readonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #32 = { nofree "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #33 = { argmemonly nofree nounwind readonly willreturn }
attributes #34 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #35 = { inaccessiblememonly nofree nounwind willreturn }
attributes #36 = { nofree nosync nounwind readnone willreturn }
attributes #37 = { nounwind }
attributes #38 = { noreturn nounwind }
attributes #39 = { nounwind readonly willreturn }
attributes #40 = { noreturn }
attributes #41 = { nounwind returns_twice }
attributes #42 = { readnone }
attributes #43 = { nounwind readnone }
attributes #44 = { nounwind readnone willreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"any pointer", !5, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !5, i64 0}
!13 = !{!14, !12, i64 0}
!14 = !{!"EmList", !12, i64 0, !12, i64 8, !8, i64 16}
!15 = !{!14, !12, i64 8}
!16 = !{!14, !8, i64 16}
!17 = !{!5, !5, i64 0}
!18 = distinct !{!18, !10}
!19 = !{!20, !12, i64 0}
!20 = !{!"timespec", !12, i64 0, !12, i64 8}
!21 = !{!20, !12, i64 8}
!22 = !{!23, !4, i64 40}
!23 = !{!"", !5, i64 0, !4, i64 4, !4, i64 8, !12, i64 16, !4, i64 24, !8, i64 32, !4, i64 40, !5, i64 48, !5, i64 112, !5, i64 176, !5, i64 240, !5, i64 244, !5, i64 248, !24, i64 252, !4, i64 256, !8, i64 264, !8, i64 272, !12, i64 280, !4, i64 288, !5, i64 320, !5, i64 384, !5, i64 448, !24, i64 456, !25, i64 464}
!24 = !{!"atomic_flag", !5, i64 0}
!25 = !{!"EmFaultRec", !4, i64 0, !4, i64 4, !4, i64 8, !8, i64 16, !12, i64 24, !5, i64 32}
!26 = distinct !{!26, !10}
!27 = !{!28, !12, i64 512}
!28 = !{!"EmChunkCtx", !5, i64 0, !12, i64 512}
!29 = !{!25, !4, i64 0}
!30 = !{!25, !8, i64 16}
!31 = !{!25, !4, i64 4}
!32 = !{!25, !4, i64 8}
!33 = !{!25, !12, i64 24}
!34 = !{!35, !8, i64 512}
!35 = !{!"EmGuard", !5, i64 0, !8, i64 512}
!36 = !{!37, !4, i64 0}
!37 = !{!"EmFaultInfo", !4, i64 0, !4, i64 4, !4, i64 8, !8, i64 16, !12, i64 24, !5, i64 32}
!38 = !{!37, !4, i64 4}
!39 = !{!37, !4, i64 8}
!40 = !{!37, !8, i64 16}
!41 = !{!37, !12, i64 24}
!42 = distinct !{!42, !10}
!43 = !{!44, !8, i64 0}
!44 = !{!"EmBuf", !8, i64 0, !12, i64 8, !12, i64 16}
!45 = !{!44, !12, i64 8}
!46 = distinct !{!46, !10}
!47 = !{!23, !4, i64 464}
!48 = !{!23, !4, i64 4}
!49 = !{!23, !4, i64 8}
!50 = !{!23, !8, i64 32}
!51 = !{!23, !4, i64 24}
!52 = !{!23, !12, i64 16}
!53 = distinct !{!53, !10}
!54 = !{!23, !8, i64 264}
!55 = !{!23, !8, i64 272}
!56 = !{!23, !12, i64 280}
!57 = !{!23, !4, i64 288}
!58 = !{!23, !4, i64 256}
!59 = distinct !{!59, !10}
!60 = distinct !{!60, !10}
!61 = distinct !{!61, !10}
!62 = distinct !{!62, !10}
!63 = !{i64 0, i64 4, !3, i64 4, i64 4, !3, i64 8, i64 4, !3, i64 16, i64 8, !7, i64 24, i64 8, !11, i64 32, i64 1024, !17}
!64 = distinct !{!64, !10}
!65 = distinct !{!65, !10}
!66 = distinct !{!66, !10}
!67 = !{!44, !12, i64 16}
!68 = distinct !{!68, !10}
!69 = distinct !{!69, !10, !70}
!70 = !{!"llvm.loop.peeled.count", i32 1}
!71 = distinct !{!71, !10, !72}
!72 = !{!"llvm.loop.isvectorized", i32 1}
!73 = distinct !{!73, !10, !74, !72}
!74 = !{!"llvm.loop.unroll.runtime.disable"}
!75 = !{i64 0, i64 65}
!76 = distinct !{!76, !77}
!77 = !{!"llvm.loop.unroll.disable"}
!78 = distinct !{!78, !10}
!79 = distinct !{!79, !10}
!80 = distinct !{!80, !10, !72}
!81 = distinct !{!81, !10, !74, !72}
!82 = distinct !{!82, !10}
!83 = distinct !{!83, !10}
!84 = distinct !{!84, !10}
!85 = distinct !{!85, !10}
!86 = distinct !{!86, !10, !72}
!87 = distinct !{!87, !10, !74, !72}
!88 = distinct !{!88, !10}
!89 = distinct !{!89, !10}
!90 = distinct !{!90, !10}
!91 = distinct !{!91, !10}
!92 = distinct !{!92, !10, !72}
!93 = distinct !{!93, !10, !74, !72}
!94 = distinct !{!94, !10, !72}
!95 = distinct !{!95, !10, !74, !72}
!96 = distinct !{!96, !10}
!97 = distinct !{!97, !10}
!98 = distinct !{!98, !10}
!99 = distinct !{!99, !10}
!100 = distinct !{!100, !10}
!101 = distinct !{!101, !10}
!102 = distinct !{!102, !10}
!103 = distinct !{!103, !10}
!104 = distinct !{!104, !10}
!105 = distinct !{!105, !10}
!106 = distinct !{!106, !10}
!107 = distinct !{!107, !10}
!108 = distinct !{!108, !10}
!109 = distinct !{!109, !10}
!110 = distinct !{!110, !10}
!111 = distinct !{!111, !10}
!112 = distinct !{!112, !10}
!113 = distinct !{!113, !10}
!114 = distinct !{!114, !10}
!115 = distinct !{!115, !10, !72}
!116 = distinct !{!116, !10, !74, !72}
!117 = distinct !{!117, !10}
!118 = distinct !{!118, !10}
!119 = distinct !{!119, !10}
!120 = distinct !{!120, !10}
!121 = distinct !{!121, !10}
!122 = distinct !{!122, !10}
!123 = distinct !{!123, !10}
!124 = distinct !{!124, !10, !70}
!125 = !{i32 (i32)* @is_alnum_cp, i32 (i32)* @is_alpha_cp, i32 (i32)* @is_digit_cp, i32 (i32)* @is_space_cp}
!126 = distinct !{!126, !10}
!127 = distinct !{!127, !10}
!128 = distinct !{!128, !10}
!129 = distinct !{!129, !10}
!130 = distinct !{!130, !10, !72}
!131 = distinct !{!131, !10, !74, !72}
!132 = distinct !{!132, !10, !72}
!133 = distinct !{!133, !10, !74, !72}
!134 = distinct !{!134, !10}
!135 = distinct !{!135, !10, !72}
!136 = distinct !{!136, !10, !74, !72}
!137 = distinct !{!137, !10}
!138 = distinct !{!138, !10, !72}
!139 = distinct !{!139, !10, !74, !72}
!140 = distinct !{!140, !10}
!141 = !{!142, !12, i64 0}
!142 = !{!"EmErr", !12, i64 0, !8, i64 8}
!143 = !{!142, !8, i64 8}
!144 = !{!145, !145, i64 0}
!145 = !{!"double", !5, i64 0}
!146 = distinct !{!146, !10}
!147 = distinct !{!147, !10}
!148 = distinct !{!148, !10}
!149 = distinct !{!149, !10}
!150 = distinct !{!150, !10}
!151 = !{!152, !4, i64 0}
!152 = !{!"", !4, i64 0, !4, i64 4, !4, i64 8, !4, i64 12, !4, i64 16, !12, i64 24, !4, i64 32, !12, i64 40, !4, i64 48}
!153 = !{!152, !4, i64 4}
!154 = !{!152, !4, i64 8}
!155 = !{!152, !4, i64 12}
!156 = !{!152, !4, i64 16}
!157 = !{!152, !12, i64 24}
!158 = !{!152, !4, i64 32}
!159 = !{!152, !12, i64 40}
!160 = !{!152, !4, i64 48}
!161 = distinct !{!161, !10}
!162 = distinct !{!162, !10}
!163 = distinct !{!163, !10}
!164 = distinct !{!164, !10}
!165 = distinct !{!165, !10}
!166 = distinct !{!166, !10}
!167 = distinct !{!167, !10}
!168 = distinct !{!168, !10}
!169 = distinct !{!169, !10}
!170 = distinct !{!170, !10}
!171 = distinct !{!171, !10}
!172 = distinct !{!172, !10}
!173 = distinct !{!173, !10}
!174 = distinct !{!174, !10}
!175 = distinct !{!175, !10}
!176 = !{i64 0, i64 4, !3, i64 4, i64 4, !3, i64 8, i64 4, !3, i64 12, i64 4, !3, i64 16, i64 4, !3, i64 24, i64 8, !11, i64 32, i64 4, !3, i64 40, i64 8, !11, i64 48, i64 4, !3}
!177 = distinct !{!177, !10, !72}
!178 = distinct !{!178, !10, !74, !72}
!179 = distinct !{!179, !10}
!180 = !{!181}
!181 = distinct !{!181, !182}
!182 = distinct !{!182, !"LVerDomain"}
!183 = !{!184}
!184 = distinct !{!184, !182}
!185 = distinct !{!185, !10, !72}
!186 = distinct !{!186, !77}
!187 = distinct !{!187, !77}
!188 = distinct !{!188, !10, !72}
!189 = distinct !{!189, !10}
!190 = distinct !{!190, !10, !72}
!191 = distinct !{!191, !10, !74, !72}
!192 = distinct !{!192, !10}
!193 = distinct !{!193, !10}
!194 = distinct !{!194, !10}
!195 = distinct !{!195, !10}
!196 = distinct !{!196, !10}
!197 = distinct !{!197, !10}
!198 = distinct !{!198, !10}
!199 = distinct !{!199, !10}
!200 = distinct !{!200, !10}
!201 = distinct !{!201, !10}
!202 = distinct !{!202, !10}
!203 = distinct !{!203, !10}
!204 = distinct !{!204, !10}
!205 = distinct !{!205, !10}
!206 = !{!207}
!207 = distinct !{!207, !208}
!208 = distinct !{!208, !"LVerDomain"}
!209 = !{!210}
!210 = distinct !{!210, !208}
!211 = distinct !{!211, !10, !72}
!212 = distinct !{!212, !10, !72, !74}
!213 = distinct !{!213, !10}
!214 = distinct !{!214, !10, !72}
!215 = distinct !{!215, !10}
!216 = distinct !{!216, !10}
!217 = distinct !{!217, !10}
!218 = distinct !{!218, !10}
!219 = distinct !{!219, !10}
!220 = distinct !{!220, !10}
!221 = !{!222, !8, i64 8}
!222 = !{!"", !12, i64 0, !8, i64 8, !12, i64 16}
!223 = distinct !{!223, !77}
!224 = distinct !{!224, !10}
!225 = !{i64 0, i64 8, !11, i64 8, i64 8, !7, i64 16, i64 8, !11}
!226 = !{i64 0, i64 8, !7, i64 8, i64 8, !11}
!227 = !{i64 0, i64 8, !11}
!228 = distinct !{!228, !10}
!229 = !{!222, !12, i64 16}
!230 = distinct !{!230, !10}
!231 = distinct !{!231, !10}
!232 = distinct !{!232, !10}
!233 = distinct !{!233, !10}
!234 = distinct !{!234, !10}
!235 = distinct !{!235, !10}
!236 = distinct !{!236, !10}
!237 = distinct !{!237, !10}
!238 = distinct !{!238, !10}
!239 = distinct !{!239, !10}
!240 = distinct !{!240, !77}
!241 = distinct !{!241, !10}
!242 = !{!243, !12, i64 8}
!243 = !{!"EmDict", !12, i64 0, !12, i64 8, !12, i64 16, !12, i64 24, !8, i64 32, !8, i64 40}
!244 = !{!243, !12, i64 16}
!245 = !{!243, !8, i64 32}
!246 = distinct !{!246, !10}
!247 = distinct !{!247, !10}
!248 = !{!243, !12, i64 24}
!249 = !{!243, !8, i64 40}
!250 = distinct !{!250, !10}
!251 = distinct !{!251, !10}
!252 = !{!243, !12, i64 0}
!253 = distinct !{!253, !10}
!254 = distinct !{!254, !10}
!255 = distinct !{!255, !10}
!256 = distinct !{!256, !10}
!257 = distinct !{!257, !10, !72}
!258 = distinct !{!258, !10, !74, !72}
!259 = distinct !{!259, !10, !72}
!260 = distinct !{!260, !10, !74, !72}
!261 = !{!262, !4, i64 24}
!262 = !{!"stat", !12, i64 0, !12, i64 8, !12, i64 16, !4, i64 24, !4, i64 28, !4, i64 32, !4, i64 36, !12, i64 40, !12, i64 48, !12, i64 56, !12, i64 64, !20, i64 72, !20, i64 88, !20, i64 104, !5, i64 120}
!263 = !{!264, !8, i64 0}
!264 = !{!"EmFile", !8, i64 0, !4, i64 8, !8, i64 16}
!265 = !{!264, !4, i64 8}
!266 = !{!264, !8, i64 16}
!267 = distinct !{!267, !10}
!268 = distinct !{!268, !10}
!269 = distinct !{!269, !10, !72}
!270 = distinct !{!270, !10, !74, !72}
!271 = distinct !{!271, !10}
!272 = distinct !{!272, !10}
!273 = distinct !{!273, !10}
!274 = distinct !{!274, !10}
!275 = distinct !{!275, !10}
!276 = distinct !{!276, !10}
!277 = distinct !{!277, !10}
!278 = distinct !{!278, !10}
!279 = distinct !{!279, !10}
!280 = distinct !{!280, !10}
!281 = !{!222, !12, i64 0}
