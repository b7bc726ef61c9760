source_filename = "rt.c"

%struct.anon = type { i32, i32, i32, i64, i32, i64*, i32, %union.EmMutex, %union.EmCond, %union.EmCond, i32, i32, i32, %struct.atomic_flag, i32, void (i8*, i64, i64, i64)*, i8*, i64, [32 x i8], i64, [56 x i8], i64, [56 x i8], i64, %struct.atomic_flag, %struct.EmFaultRec, [16 x i8] }
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
%struct.EmChunkCtx = type { %union.anon.1, i64, [8 x i8] }
%union.anon.1 = type { [1 x %struct.__jmp_buf_tag], [312 x i8] }

@em_argc = internal unnamed_addr global i32 0, align 4
@em_argv = internal unnamed_addr global i8** null, align 8
@em_out_line = internal unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [45 x i8] c"list index %lld out of range for length %lld\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"out of memory\00", align 1
@em_pool = internal global %struct.anon { i32 0, i32 0, i32 0, i64 0, i32 0, i64* null, i32 0, %union.EmMutex zeroinitializer, %union.EmCond zeroinitializer, %union.EmCond zeroinitializer, i32 0, i32 0, i32 0, %struct.atomic_flag zeroinitializer, i32 0, void (i8*, i64, i64, i64)* null, i8* null, i64 0, [32 x i8] undef, i64 0, [56 x i8] undef, i64 0, [56 x i8] undef, i64 0, %struct.atomic_flag zeroinitializer, %struct.EmFaultRec zeroinitializer, [16 x i8] undef }, align 64
@em_guard_once = internal global i32 0, align 4
@em_guard_ok = internal unnamed_addr global i32 0, align 4
@em_guard_key = internal global i32 0, align 4
@em_pool_stop = internal unnamed_addr global void ()* null, align 8
@.str.2 = private unnamed_addr constant [5 x i8] c"True\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"False\00", align 1
@.str.5 = private unnamed_addr constant [26 x i8] c"string index out of range\00", align 1
@.str.6 = private unnamed_addr constant [16 x i8] c"empty separator\00", align 1
@.str.8 = private unnamed_addr constant [60 x i8] c"ord() expected a character, but string of length %lld found\00", align 1
@.str.9 = private unnamed_addr constant [33 x i8] c"chr() arg not in range(0x110000)\00", align 1
@ember_str_to_i64.bad = internal constant [41 x i8] c"invalid literal for int() with base 10: \00", align 16
@.str.10 = private unnamed_addr constant [34 x i8] c"int too large to convert to Int: \00", align 1
@ember_str_to_f64.bad = internal constant [36 x i8] c"could not convert string to float: \00", align 16
@.str.11 = private unnamed_addr constant [4 x i8] c"inf\00", align 1
@.str.12 = private unnamed_addr constant [9 x i8] c"infinity\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"nan\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"NAN\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"INF\00", align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"%#.*f\00", align 1
@.str.23 = private unnamed_addr constant [5 x i8] c"%.*f\00", align 1
@.str.24 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.25 = private unnamed_addr constant [30 x i8] c"%c arg not in range(0x110000)\00", align 1
@.str.26 = private unnamed_addr constant [17 x i8] c"0123456789ABCDEF\00", align 1
@.str.27 = private unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 1
@.str.28 = private unnamed_addr constant [3 x i8] c"0b\00", align 1
@.str.29 = private unnamed_addr constant [3 x i8] c"0o\00", align 1
@.str.30 = private unnamed_addr constant [3 x i8] c"0x\00", align 1
@.str.31 = private unnamed_addr constant [3 x i8] c"0X\00", align 1
@ember_buf_fmt_dyn.names = internal unnamed_addr constant [4 x i8*] [i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.32, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.33, i32 0, i32 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.34, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.35, i32 0, i32 0)], align 16
@.str.32 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.33 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.34 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.35 = private unnamed_addr constant [5 x i8] c"bool\00", align 1
@.str.36 = private unnamed_addr constant [5 x i8] c"<>=^\00", align 1
@.str.37 = private unnamed_addr constant [16 x i8] c"bcdeEfFgGnosxX%\00", align 1
@.str.38 = private unnamed_addr constant [35 x i8] c"Format specifier missing precision\00", align 1
@.str.39 = private unnamed_addr constant [56 x i8] c"Invalid format specifier '%.*s' for object of type '%s'\00", align 1
@.str.40 = private unnamed_addr constant [15 x i8] c"bcdoxXneEfFgG%\00", align 1
@.str.41 = private unnamed_addr constant [8 x i8] c"eEfFgG%\00", align 1
@.str.42 = private unnamed_addr constant [50 x i8] c"Precision not allowed in integer format specifier\00", align 1
@.str.43 = private unnamed_addr constant [9 x i8] c"eEfFgGn%\00", align 1
@.str.44 = private unnamed_addr constant [44 x i8] c"Sign not allowed in string format specifier\00", align 1
@.str.45 = private unnamed_addr constant [53 x i8] c"'=' alignment not allowed in string format specifier\00", align 1
@.str.46 = private unnamed_addr constant [30 x i8] c"Cannot specify '%c' with 's'.\00", align 1
@.str.47 = private unnamed_addr constant [49 x i8] c"Unknown format code '%c' for object of type '%s'\00", align 1
@.str.48 = private unnamed_addr constant [20 x i8] c"pop from empty list\00", align 1
@.str.49 = private unnamed_addr constant [23 x i8] c"pop index out of range\00", align 1
@.str.50 = private unnamed_addr constant [30 x i8] c"list.remove(x): x not in list\00", align 1
@.str.51 = private unnamed_addr constant [39 x i8] c"integer power with a negative exponent\00", align 1
@.str.52 = private unnamed_addr constant [17 x i8] c"integer overflow\00", align 1
@em_out_lock = internal global %struct.atomic_flag zeroinitializer, align 1
@em_out = internal global [65536 x i8] zeroinitializer, align 16
@em_out_len = internal unnamed_addr global i64 0, align 8
@em_fault_lock = internal global %struct.atomic_flag zeroinitializer, align 1
@.str.53 = private unnamed_addr constant [9 x i8] c":%d:%d: \00", align 1
@em_kind_names = internal unnamed_addr constant [10 x i8*] [i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.57, i32 0, i32 0), i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.58, i32 0, i32 0), i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.59, i32 0, i32 0), i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.60, i32 0, i32 0), i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.61, i32 0, i32 0), i8* getelementptr inbounds ([12 x i8], [12 x i8]* @.str.62, i32 0, i32 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.63, i32 0, i32 0), i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str.54, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.64, i32 0, i32 0), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.65, i32 0, i32 0)], align 16
@.str.54 = private unnamed_addr constant [13 x i8] c"RuntimeError\00", align 1
@.str.55 = private unnamed_addr constant [3 x i8] c": \00", align 1
@.str.56 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.57 = private unnamed_addr constant [11 x i8] c"IndexError\00", align 1
@.str.58 = private unnamed_addr constant [18 x i8] c"ZeroDivisionError\00", align 1
@.str.59 = private unnamed_addr constant [14 x i8] c"OverflowError\00", align 1
@.str.60 = private unnamed_addr constant [15 x i8] c"AssertionError\00", align 1
@.str.61 = private unnamed_addr constant [11 x i8] c"ValueError\00", align 1
@.str.62 = private unnamed_addr constant [12 x i8] c"MemoryError\00", align 1
@.str.63 = private unnamed_addr constant [9 x i8] c"KeyError\00", align 1
@.str.64 = private unnamed_addr constant [6 x i8] c"Error\00", align 1
@.str.65 = private unnamed_addr constant [10 x i8] c"Exception\00", align 1
@.str.66 = private unnamed_addr constant [18 x i8] c"EMBER_NUM_THREADS\00", align 1
@.str.67 = private unnamed_addr constant [26 x i8] c"slice step cannot be zero\00", align 1
@.str.69 = private unnamed_addr constant [4 x i8] c"\CA\BCN\00", align 1
@.str.70 = private unnamed_addr constant [4 x i8] c"i\CC\87\00", align 1
@is_digit_cp.zeros = internal unnamed_addr constant [19 x i32] [i32 1632, i32 1776, i32 1984, i32 2406, i32 2534, i32 2662, i32 2790, i32 2918, i32 3046, i32 3174, i32 3302, i32 3430, i32 3664, i32 3792, i32 3872, i32 4160, i32 6112, i32 6160, i32 65296], align 16
@.str.71 = private unnamed_addr constant [54 x i8] c"the fill character must be exactly one character long\00", align 1
@.str.73 = private unnamed_addr constant [10 x i8] c"0.%.*se%d\00", align 1
@.str.74 = private unnamed_addr constant [5 x i8] c"%.*e\00", align 1
@.str.75 = private unnamed_addr constant [67 x i8] c"cannot resize an array lent to Ember (a NumPy array or a C buffer)\00", align 1

; Function Attrs: nounwind
define void @ember_rt_init(i32 noundef %0, i8** noundef %1) local_unnamed_addr #0 {
  store i32 %0, i32* @em_argc, align 4, !tbaa !3
  store i8** %1, i8*** @em_argv, align 8, !tbaa !7
  %3 = tail call i32 @isatty(i32 noundef 1) #32
  store i32 %3, i32* @em_out_line, align 4, !tbaa !3
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
  %12 = tail call i64 @write(i32 noundef 1, i8* noundef %9, i64 noundef %8) #32
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
  %2 = sext i32 %1 to i64
  %3 = tail call %struct.EmList* @ember_list_new(i64 noundef 8, i64 noundef %2)
  %4 = load i32, i32* @em_argc, align 4, !tbaa !3
  %5 = icmp sgt i32 %4, 0
  br i1 %5, label %6, label %11

6:                                                ; preds = %0
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %3, i64 0, i32 0
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %3, i64 0, i32 1
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %3, i64 0, i32 2
  %10 = load i8**, i8*** @em_argv, align 8, !tbaa !7
  br label %12

11:                                               ; preds = %46, %0
  ret %struct.EmList* %3

12:                                               ; preds = %6, %46
  %13 = phi i32 [ %4, %6 ], [ %47, %46 ]
  %14 = phi i8** [ %10, %6 ], [ %48, %46 ]
  %15 = phi i64 [ 0, %6 ], [ %55, %46 ]
  %16 = getelementptr inbounds i8*, i8** %14, i64 %15
  %17 = load i8*, i8** %16, align 8, !tbaa !7
  %18 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %17) #33
  %19 = add nsw i64 %18, 17
  %20 = icmp sgt i64 %18, -18
  br i1 %20, label %21, label %26

21:                                               ; preds = %12
  %22 = icmp eq i64 %19, 0
  %23 = select i1 %22, i64 1, i64 %19
  %24 = tail call noalias i8* @malloc(i64 noundef %23) #32
  %25 = icmp eq i8* %24, null
  br i1 %25, label %26, label %27

26:                                               ; preds = %21, %12
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

27:                                               ; preds = %21
  %28 = bitcast i8* %24 to i64*
  store i64 %18, i64* %28, align 8, !tbaa !11
  %29 = getelementptr inbounds i8, i8* %24, i64 8
  %30 = bitcast i8* %29 to i64*
  store i64 0, i64* %30, align 8, !tbaa !11
  %31 = getelementptr inbounds i8, i8* %24, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %31, i8* align 1 %17, i64 %18, i1 false) #32
  %32 = getelementptr inbounds i8, i8* %31, i64 %18
  store i8 0, i8* %32, align 1, !tbaa !13
  %33 = load i64, i64* %7, align 8, !tbaa !14
  %34 = load i64, i64* %8, align 8, !tbaa !16
  %35 = icmp slt i64 %33, %34
  br i1 %35, label %46, label %36

36:                                               ; preds = %27
  %37 = add nsw i64 %33, 1
  %38 = shl nsw i64 %34, 1
  %39 = icmp sgt i64 %38, 4
  %40 = select i1 %39, i64 %38, i64 4
  %41 = icmp slt i64 %40, %37
  %42 = select i1 %41, i64 %37, i64 %40
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %3, i64 noundef 8, i64 noundef %42) #32
  %43 = load i64, i64* %7, align 8, !tbaa !14
  %44 = load i8**, i8*** @em_argv, align 8, !tbaa !7
  %45 = load i32, i32* @em_argc, align 4, !tbaa !3
  br label %46

46:                                               ; preds = %27, %36
  %47 = phi i32 [ %45, %36 ], [ %13, %27 ]
  %48 = phi i8** [ %44, %36 ], [ %14, %27 ]
  %49 = phi i64 [ %43, %36 ], [ %33, %27 ]
  %50 = load i8*, i8** %9, align 8, !tbaa !17
  %51 = add nsw i64 %49, 1
  store i64 %51, i64* %7, align 8, !tbaa !14
  %52 = shl nsw i64 %49, 3
  %53 = getelementptr inbounds i8, i8* %50, i64 %52
  %54 = bitcast i8* %53 to i8**
  store i8* %24, i8** %54, align 8, !tbaa !7
  %55 = add nuw nsw i64 %15, 1
  %56 = sext i32 %47 to i64
  %57 = icmp slt i64 %55, %56
  br i1 %57, label %12, label %11, !llvm.loop !18
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_list_new(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

6:                                                ; preds = %2
  %7 = bitcast i8* %3 to i64*
  store i64 0, i64* %7, align 8, !tbaa !14
  %8 = icmp sgt i64 %1, 0
  %9 = select i1 %8, i64 %1, i64 0
  %10 = getelementptr inbounds i8, i8* %3, i64 8
  %11 = bitcast i8* %10 to i64*
  store i64 %9, i64* %11, align 8, !tbaa !16
  br i1 %8, label %12, label %35

12:                                               ; preds = %6
  %13 = icmp sgt i64 %0, -1
  br i1 %13, label %14, label %17

14:                                               ; preds = %12
  %15 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %9, i64 %0) #32
  %16 = extractvalue { i64, i1 } %15, 1
  br i1 %16, label %17, label %18

17:                                               ; preds = %14, %12
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

18:                                               ; preds = %14
  %19 = extractvalue { i64, i1 } %15, 0
  %20 = icmp slt i64 %19, 256
  br i1 %20, label %21, label %29

21:                                               ; preds = %18
  %22 = icmp sgt i64 %19, -1
  br i1 %22, label %23, label %28

23:                                               ; preds = %21
  %24 = icmp eq i64 %19, 0
  %25 = select i1 %24, i64 1, i64 %19
  %26 = tail call noalias i8* @malloc(i64 noundef %25) #32
  %27 = icmp eq i8* %26, null
  br i1 %27, label %28, label %35

28:                                               ; preds = %23, %21
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

29:                                               ; preds = %18
  %30 = add nuw i64 %19, 63
  %31 = and i64 %30, -64
  %32 = tail call noalias align 64 i8* @aligned_alloc(i64 noundef 64, i64 noundef %31) #32
  %33 = icmp eq i8* %32, null
  br i1 %33, label %34, label %35

34:                                               ; preds = %29
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

35:                                               ; preds = %29, %23, %6
  %36 = phi i8* [ null, %6 ], [ %32, %29 ], [ %26, %23 ]
  %37 = bitcast i8* %3 to %struct.EmList*
  %38 = getelementptr inbounds i8, i8* %3, i64 16
  %39 = bitcast i8* %38 to i8**
  store i8* %36, i8** %39, align 8, !tbaa !17
  ret %struct.EmList* %37
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_new(i8* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = add nsw i64 %1, 17
  %4 = icmp sgt i64 %1, -18
  br i1 %4, label %5, label %10

5:                                                ; preds = %2
  %6 = icmp eq i64 %3, 0
  %7 = select i1 %6, i64 1, i64 %3
  %8 = tail call noalias i8* @malloc(i64 noundef %7) #32
  %9 = icmp eq i8* %8, null
  br i1 %9, label %10, label %11

10:                                               ; preds = %5, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

11:                                               ; preds = %5
  %12 = bitcast i8* %8 to %struct.EmStr*
  %13 = bitcast i8* %8 to i64*
  store i64 %1, i64* %13, align 8, !tbaa !11
  %14 = getelementptr inbounds i8, i8* %8, i64 8
  %15 = bitcast i8* %14 to i64*
  store i64 0, i64* %15, align 8, !tbaa !11
  %16 = getelementptr inbounds i8, i8* %8, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %16, i8* align 1 %0, i64 %1, i1 false)
  %17 = getelementptr inbounds i8, i8* %16, i64 %1
  store i8 0, i8* %17, align 1, !tbaa !13
  ret %struct.EmStr* %12
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i64 @strlen(i8* nocapture noundef) local_unnamed_addr #4

; Function Attrs: nounwind
define i8* @ember_list_push(%struct.EmList* nocapture noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !14
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !16
  %7 = icmp slt i64 %4, %6
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = add nsw i64 %4, 1
  %10 = shl nsw i64 %6, 1
  %11 = icmp sgt i64 %10, 4
  %12 = select i1 %11, i64 %10, i64 4
  %13 = icmp slt i64 %12, %9
  %14 = select i1 %13, i64 %9, i64 %12
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %1, i64 noundef %14) #32
  %15 = load i64, i64* %3, align 8, !tbaa !14
  br label %16

16:                                               ; preds = %8, %2
  %17 = phi i64 [ %15, %8 ], [ %4, %2 ]
  %18 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %19 = load i8*, i8** %18, align 8, !tbaa !17
  %20 = add nsw i64 %17, 1
  store i64 %20, i64* %3, align 8, !tbaa !14
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
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %2) #32
  %3 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %1) #32
  %4 = getelementptr inbounds %struct.timespec, %struct.timespec* %1, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !19
  %6 = sitofp i64 %5 to double
  %7 = getelementptr inbounds %struct.timespec, %struct.timespec* %1, i64 0, i32 1
  %8 = load i64, i64* %7, align 8, !tbaa !21
  %9 = sitofp i64 %8 to double
  %10 = call double @llvm.fmuladd.f64(double %9, double 1.000000e-09, double %6)
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %2) #32
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
  %8 = tail call i64 @strlen(i8* noundef nonnull %1) #33
  br label %9

9:                                                ; preds = %5, %7
  %10 = phi i64 [ %8, %7 ], [ 0, %5 ]
  tail call fastcc void @fault_n(i32 noundef %0, i8* noundef %1, i64 noundef %10, i8* noundef %2, i32 noundef %3, i32 noundef %4) #35
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
  %15 = tail call i8* @pthread_getspecific(i32 noundef %14) #32
  %16 = icmp eq i8* %15, null
  br i1 %16, label %37, label %17

17:                                               ; preds = %13, %17
  %18 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24, i32 0), i8 1 acquire, align 1
  %19 = and i8 %18, 1
  %20 = icmp eq i8 %19, 0
  br i1 %20, label %21, label %17, !llvm.loop !26

21:                                               ; preds = %17
  %22 = getelementptr inbounds i8, i8* %15, i64 512
  %23 = bitcast i8* %22 to i64*
  %24 = load i64, i64* %23, align 16, !tbaa !27
  %25 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  %26 = icmp slt i64 %24, %25
  br i1 %26, label %27, label %35

27:                                               ; preds = %21
  store i32 %0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0), align 16, !tbaa !29
  store i8* %3, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 3), align 32, !tbaa !30
  store i32 %4, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 1), align 4, !tbaa !31
  store i32 %5, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 2), align 8, !tbaa !32
  %28 = icmp slt i64 %2, 1024
  %29 = select i1 %28, i64 %2, i64 1024
  store i64 %29, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 4), align 8, !tbaa !33
  %30 = icmp sgt i64 %2, 0
  br i1 %30, label %31, label %33

31:                                               ; preds = %27
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 5, i64 0), i8* align 1 %1, i64 %29, i1 false) #32
  %32 = load i64, i64* %23, align 16, !tbaa !27
  br label %33

33:                                               ; preds = %31, %27
  %34 = phi i64 [ %32, %31 ], [ %24, %27 ]
  store atomic i64 %34, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  br label %35

35:                                               ; preds = %33, %21
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24, i32 0) release, align 8
  %36 = bitcast i8* %15 to %struct.__jmp_buf_tag*
  tail call void @longjmp(%struct.__jmp_buf_tag* noundef nonnull %36, i32 noundef 1) #34
  unreachable

37:                                               ; preds = %6, %13
  %38 = load i32, i32* @em_guard_ok, align 4, !tbaa !3
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %44, label %40

40:                                               ; preds = %37
  %41 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %42 = tail call i8* @pthread_getspecific(i32 noundef %41) #32
  %43 = icmp eq i8* %42, null
  br i1 %43, label %44, label %45

44:                                               ; preds = %37, %40
  br label %61

45:                                               ; preds = %40
  tail call void @ember_rt_flush() #32
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
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %58, i8* align 1 %1, i64 %54, i1 false) #32
  br label %59

59:                                               ; preds = %57, %45
  %60 = bitcast i8* %42 to %struct.__jmp_buf_tag*
  tail call void @longjmp(%struct.__jmp_buf_tag* noundef nonnull %60, i32 noundef 1) #34
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
  %72 = tail call i64 @write(i32 noundef 1, i8* noundef %69, i64 noundef %68) #32
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
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %82) #32
  %83 = icmp eq i8* %3, null
  br i1 %83, label %107, label %84

84:                                               ; preds = %81
  %85 = tail call i64 @strlen(i8* noundef nonnull %3) #33
  br label %86

86:                                               ; preds = %90, %84
  %87 = phi i64 [ %85, %84 ], [ %94, %90 ]
  %88 = phi i8* [ %3, %84 ], [ %93, %90 ]
  %89 = icmp sgt i64 %87, 0
  br i1 %89, label %90, label %95

90:                                               ; preds = %86
  %91 = tail call i64 @write(i32 noundef 2, i8* noundef %88, i64 noundef %87) #32
  %92 = icmp sgt i64 %91, -1
  %93 = getelementptr inbounds i8, i8* %88, i64 %91
  %94 = sub nsw i64 %87, %91
  br i1 %92, label %86, label %95

95:                                               ; preds = %90, %86
  %96 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %82, i64 noundef 64, i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.53, i64 0, i64 0), i32 noundef %4, i32 noundef %5) #32
  %97 = sext i32 %96 to i64
  br label %98

98:                                               ; preds = %102, %95
  %99 = phi i64 [ %97, %95 ], [ %106, %102 ]
  %100 = phi i8* [ %82, %95 ], [ %105, %102 ]
  %101 = icmp sgt i64 %99, 0
  br i1 %101, label %102, label %107

102:                                              ; preds = %98
  %103 = call i64 @write(i32 noundef 2, i8* noundef %100, i64 noundef %99) #32
  %104 = icmp sgt i64 %103, -1
  %105 = getelementptr inbounds i8, i8* %100, i64 %103
  %106 = sub nsw i64 %99, %103
  br i1 %104, label %98, label %107

107:                                              ; preds = %102, %98, %81
  %108 = icmp ult i32 %0, 10
  br i1 %108, label %109, label %113

109:                                              ; preds = %107
  %110 = zext i32 %0 to i64
  %111 = getelementptr inbounds [10 x i8*], [10 x i8*]* @em_kind_names, i64 0, i64 %110
  %112 = load i8*, i8** %111, align 8, !tbaa !7
  br label %113

113:                                              ; preds = %109, %107
  %114 = phi i8* [ %112, %109 ], [ getelementptr inbounds ([13 x i8], [13 x i8]* @.str.54, i64 0, i64 0), %107 ]
  %115 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %114) #33
  br label %116

116:                                              ; preds = %120, %113
  %117 = phi i64 [ %115, %113 ], [ %124, %120 ]
  %118 = phi i8* [ %114, %113 ], [ %123, %120 ]
  %119 = icmp sgt i64 %117, 0
  br i1 %119, label %120, label %125

120:                                              ; preds = %116
  %121 = tail call i64 @write(i32 noundef 2, i8* noundef %118, i64 noundef %117) #32
  %122 = icmp sgt i64 %121, -1
  %123 = getelementptr inbounds i8, i8* %118, i64 %121
  %124 = sub nsw i64 %117, %121
  br i1 %122, label %116, label %125

125:                                              ; preds = %120, %116
  %126 = icmp sgt i64 %2, 0
  br i1 %126, label %127, label %146

127:                                              ; preds = %125, %131
  %128 = phi i64 [ %135, %131 ], [ 2, %125 ]
  %129 = phi i8* [ %134, %131 ], [ getelementptr inbounds ([3 x i8], [3 x i8]* @.str.55, i64 0, i64 0), %125 ]
  %130 = icmp sgt i64 %128, 0
  br i1 %130, label %131, label %136

131:                                              ; preds = %127
  %132 = tail call i64 @write(i32 noundef 2, i8* noundef %129, i64 noundef %128) #32
  %133 = icmp sgt i64 %132, -1
  %134 = getelementptr inbounds i8, i8* %129, i64 %132
  %135 = sub nsw i64 %128, %132
  br i1 %133, label %127, label %136

136:                                              ; preds = %131, %127
  br label %137

137:                                              ; preds = %136, %141
  %138 = phi i64 [ %145, %141 ], [ %2, %136 ]
  %139 = phi i8* [ %144, %141 ], [ %1, %136 ]
  %140 = icmp sgt i64 %138, 0
  br i1 %140, label %141, label %146

141:                                              ; preds = %137
  %142 = tail call i64 @write(i32 noundef 2, i8* noundef %139, i64 noundef %138) #32
  %143 = icmp sgt i64 %142, -1
  %144 = getelementptr inbounds i8, i8* %139, i64 %142
  %145 = sub nsw i64 %138, %142
  br i1 %143, label %137, label %146

146:                                              ; preds = %141, %137, %125
  tail call fastcc void @write_all(i32 noundef 2, i8* noundef getelementptr inbounds ([2 x i8], [2 x i8]* @.str.56, i64 0, i64 0), i64 noundef 1) #32
  tail call void @exit(i32 noundef 1) #34
  unreachable
}

; Function Attrs: noreturn nounwind
define void @ember_fault_buf(i32 noundef %0, %struct.EmBuf* nocapture noundef readonly %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #6 {
  %6 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %1, i64 0, i32 0
  %7 = load i8*, i8** %6, align 8, !tbaa !43
  %8 = getelementptr inbounds i8, i8* %7, i64 16
  %9 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %1, i64 0, i32 1
  %10 = load i64, i64* %9, align 8, !tbaa !45
  tail call fastcc void @fault_n(i32 noundef %0, i8* noundef nonnull %8, i64 noundef %10, i8* noundef %2, i32 noundef %3, i32 noundef %4) #35
  unreachable
}

; Function Attrs: noreturn nounwind
define void @ember_fault_index(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #6 {
  %6 = alloca [96 x i8], align 16
  %7 = getelementptr inbounds [96 x i8], [96 x i8]* %6, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 96, i8* nonnull %7) #32
  %8 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %7, i64 noundef 96, i8* noundef getelementptr inbounds ([45 x i8], [45 x i8]* @.str, i64 0, i64 0), i64 noundef %0, i64 noundef %1) #32
  call void @ember_fault(i32 noundef 0, i8* noundef nonnull %7, i8* noundef %2, i32 noundef %3, i32 noundef %4) #35
  unreachable
}

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(i8* noalias nocapture noundef writeonly, i64 noundef, i8* nocapture noundef readonly, ...) local_unnamed_addr #7

; Function Attrs: nounwind
define i8* @ember_alloc(i64 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i64 %0, -1
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = icmp eq i64 %0, 0
  %5 = select i1 %4, i64 1, i64 %0
  %6 = tail call noalias i8* @malloc(i64 noundef %5) #32
  %7 = icmp eq i8* %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %1, %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #35
  unreachable

9:                                                ; preds = %3
  ret i8* %6
}

; Function Attrs: inaccessiblememonly mustprogress nofree nounwind willreturn
declare noalias noundef i8* @malloc(i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind willreturn
define void @ember_free(i8* nocapture noundef %0) local_unnamed_addr #9 {
  tail call void @free(i8* noundef %0) #32
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
  %10 = tail call i8* @pthread_getspecific(i32 noundef %9) #32
  %11 = icmp ne i8* %10, null
  %12 = load i8*, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16
  %13 = icmp eq i8* %12, %0
  %14 = select i1 %11, i1 %13, i1 false
  br i1 %14, label %15, label %24

15:                                               ; preds = %8, %15
  %16 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24, i32 0), i8 1 acquire, align 1
  %17 = and i8 %16, 1
  %18 = icmp eq i8 %17, 0
  br i1 %18, label %19, label %15, !llvm.loop !46

19:                                               ; preds = %15
  %20 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  %21 = icmp sgt i64 %20, %1
  br i1 %21, label %22, label %23

22:                                               ; preds = %19
  store i32 -1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0), align 16, !tbaa !47
  store atomic i64 %1, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  br label %23

23:                                               ; preds = %22, %19
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24, i32 0) release, align 8
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
  br i1 %15, label %16, label %292

16:                                               ; preds = %3
  %17 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) acquire, align 64
  %18 = icmp ne i32 %17, 2
  %19 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %18, i1 true, i1 %20
  br i1 %21, label %28, label %22

22:                                               ; preds = %16
  %23 = icmp sgt i32 %19, 1
  br i1 %23, label %24, label %294

24:                                               ; preds = %22
  %25 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  %26 = tail call i32 @getpid() #32
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
  %33 = tail call i32 @getpid() #32
  %34 = icmp eq i32 %32, %33
  br i1 %34, label %173, label %35

35:                                               ; preds = %31, %29
  %36 = cmpxchg i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0), i32 %30, i32 1 seq_cst seq_cst, align 4
  %37 = extractvalue { i32, i1 } %36, 1
  br i1 %37, label %40, label %38

38:                                               ; preds = %35, %29
  %39 = tail call i32 @sched_yield() #32
  br label %29

40:                                               ; preds = %35
  %41 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %42 = icmp sgt i32 %41, 1
  br i1 %42, label %43, label %47

43:                                               ; preds = %40
  %44 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %45 = tail call i32 @pthread_key_delete(i32 noundef %44) #32
  %46 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  tail call void @free(i8* noundef %46) #32
  br label %47

47:                                               ; preds = %43, %40
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  store i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  store i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  store atomic i64 0, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) seq_cst, align 64
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10) seq_cst, align 16
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) seq_cst, align 4
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 24, i32 0) seq_cst, align 8
  %48 = bitcast [16 x i64]* %8 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %48) #32
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(128) %48, i8 0, i64 128, i1 false) #32
  %49 = call i32 @sched_getaffinity(i32 noundef 0, i64 noundef 128, i8* noundef nonnull %48) #32
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
  %97 = call i64 @sysconf(i32 noundef 84) #32
  %98 = icmp sgt i64 %97, 0
  br i1 %98, label %99, label %103

99:                                               ; preds = %96
  %100 = icmp ult i64 %97, 1024
  %101 = select i1 %100, i64 %97, i64 1024
  %102 = trunc i64 %101 to i32
  br label %103

103:                                              ; preds = %99, %96, %92
  %104 = phi i32 [ %95, %92 ], [ %102, %99 ], [ 1, %96 ]
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %48) #32
  %105 = call i8* @getenv(i8* noundef getelementptr inbounds ([18 x i8], [18 x i8]* @.str.66, i64 0, i64 0)) #32
  %106 = icmp eq i8* %105, null
  br i1 %106, label %122, label %107

107:                                              ; preds = %103
  %108 = bitcast i8** %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %108) #32
  %109 = call i64 @strtol(i8* noundef nonnull %105, i8** noundef nonnull %7, i32 noundef 10) #32
  %110 = load i8*, i8** %7, align 8, !tbaa !7
  %111 = icmp eq i8* %110, %105
  br i1 %111, label %117, label %112

112:                                              ; preds = %107
  %113 = load i8, i8* %110, align 1, !tbaa !13
  %114 = icmp eq i8 %113, 0
  %115 = icmp sgt i64 %109, 0
  %116 = select i1 %114, i1 %115, i1 false
  br i1 %116, label %118, label %117

117:                                              ; preds = %112, %107
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %108) #32
  br label %122

118:                                              ; preds = %112
  %119 = icmp ult i64 %109, 1024
  %120 = select i1 %119, i64 %109, i64 1024
  %121 = trunc i64 %120 to i32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %108) #32
  br label %122

122:                                              ; preds = %118, %117, %103
  %123 = phi i32 [ %121, %118 ], [ %104, %117 ], [ %104, %103 ]
  %124 = icmp ugt i32 %123, %104
  %125 = select i1 %124, i64 0, i64 100000
  store i64 %125, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %126 = icmp ugt i32 %123, 1
  br i1 %126, label %127, label %171

127:                                              ; preds = %122
  %128 = call i32 @pthread_key_create(i32* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), void (i8*)* noundef null) #32
  %129 = icmp eq i32 %128, 0
  br i1 %129, label %130, label %171

130:                                              ; preds = %127
  %131 = call i32 @pthread_mutex_init(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0), %union.pthread_mutexattr_t* noundef null) #32
  %132 = call i32 @pthread_cond_init(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0), %union.pthread_condattr_t* noundef null) #32
  %133 = call i32 @pthread_cond_init(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0), %union.pthread_condattr_t* noundef null) #32
  %134 = add nsw i32 %123, -1
  %135 = zext i32 %134 to i64
  %136 = shl nuw nsw i64 %135, 3
  %137 = call noalias i8* @malloc(i64 noundef %136) #32
  store i8* %137, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  %138 = icmp eq i8* %137, null
  br i1 %138, label %159, label %139

139:                                              ; preds = %130
  %140 = bitcast %struct.__sigset_t* %9 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %140) #32
  %141 = bitcast %struct.__sigset_t* %10 to i8*
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %141) #32
  %142 = call i32 @sigfillset(%struct.__sigset_t* noundef nonnull %9) #32
  %143 = call i32 @pthread_sigmask(i32 noundef 2, %struct.__sigset_t* noundef nonnull %9, %struct.__sigset_t* noundef nonnull %10) #32
  %144 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %145 = icmp slt i32 %144, %134
  br i1 %145, label %146, label %157

146:                                              ; preds = %139, %153
  %147 = phi i32 [ %155, %153 ], [ %144, %139 ]
  %148 = load i64*, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %149 = sext i32 %147 to i64
  %150 = getelementptr inbounds i64, i64* %148, i64 %149
  %151 = call i32 @pthread_create(i64* noundef %150, %union.pthread_attr_t* noundef null, i8* (i8*)* noundef nonnull @pool_worker, i8* noundef null) #32
  %152 = icmp eq i32 %151, 0
  br i1 %152, label %153, label %157

153:                                              ; preds = %146
  %154 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %155 = add nsw i32 %154, 1
  store i32 %155, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %156 = icmp slt i32 %155, %134
  br i1 %156, label %146, label %157, !llvm.loop !53

157:                                              ; preds = %153, %146, %139
  %158 = call i32 @pthread_sigmask(i32 noundef 2, %struct.__sigset_t* noundef nonnull %10, %struct.__sigset_t* noundef null) #32
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %141) #32
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %140) #32
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
  call void @free(i8* noundef %165) #32
  store i64* null, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %166 = call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #32
  %167 = call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #32
  %168 = call i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %169 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %170 = call i32 @pthread_key_delete(i32 noundef %169) #32
  br label %171

171:                                              ; preds = %164, %162, %127, %122
  %172 = call i32 @getpid() #32
  store i32 %172, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 1), align 4, !tbaa !48
  store atomic i32 2, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  br label %173

173:                                              ; preds = %31, %171
  %174 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 2), align 8, !tbaa !49
  %175 = icmp sgt i32 %174, 1
  br i1 %175, label %176, label %292

176:                                              ; preds = %24, %173
  %177 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %178 = call i8* @pthread_getspecific(i32 noundef %177) #32
  %179 = icmp eq i8* %178, null
  br i1 %179, label %180, label %292

180:                                              ; preds = %176
  %181 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %182 = and i8 %181, 1
  %183 = icmp eq i8 %182, 0
  br i1 %183, label %184, label %292

184:                                              ; preds = %180
  %185 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 0) seq_cst, align 64
  %186 = icmp eq i32 %185, 2
  br i1 %186, label %187, label %291

187:                                              ; preds = %184
  store void (i8*, i64, i64, i64)* %0, void (i8*, i64, i64, i64)** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 15), align 8, !tbaa !54
  store i8* %1, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16, !tbaa !55
  store i64 %2, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 17), align 8, !tbaa !56
  store atomic i64 9223372036854775807, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  store atomic i64 0, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21) monotonic, align 64
  %188 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 14), align 64, !tbaa !57
  %189 = add i32 %188, 1
  store i32 %189, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 14), align 64, !tbaa !57
  %190 = zext i32 %189 to i64
  %191 = shl nuw i64 %190, 32
  %192 = shl nuw nsw i64 %14, 16
  %193 = or i64 %191, %192
  store atomic i64 %193, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) seq_cst, align 64
  %194 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10) seq_cst, align 16
  %195 = icmp eq i32 %194, 0
  br i1 %195, label %201, label %196

196:                                              ; preds = %187
  %197 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %198 = call i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #32
  br label %199

199:                                              ; preds = %196, %227
  %200 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  br label %201

201:                                              ; preds = %187, %199
  br label %202

202:                                              ; preds = %226, %201
  %203 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) acquire, align 64
  br label %204

204:                                              ; preds = %210, %202
  %205 = phi i64 [ %203, %202 ], [ %214, %210 ]
  %206 = and i64 %205, 65535
  %207 = lshr i64 %205, 16
  %208 = and i64 %207, 65535
  %209 = icmp ult i64 %206, %208
  br i1 %209, label %210, label %230

210:                                              ; preds = %204
  %211 = add i64 %205, 1
  %212 = cmpxchg weak i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19), i64 %205, i64 %211 acq_rel acquire, align 8
  %213 = extractvalue { i64, i1 } %212, 1
  %214 = extractvalue { i64, i1 } %212, 0
  br i1 %213, label %215, label %204, !llvm.loop !58

215:                                              ; preds = %210
  %216 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  %217 = icmp slt i64 %206, %216
  br i1 %217, label %218, label %219

218:                                              ; preds = %215
  call fastcc void @pool_chunk(i64 noundef %208, i64 noundef %206) #32
  br label %219

219:                                              ; preds = %218, %215
  %220 = atomicrmw add i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21), i64 1 seq_cst, align 8
  %221 = add nsw i64 %220, 1
  %222 = icmp eq i64 %221, %208
  br i1 %222, label %223, label %226

223:                                              ; preds = %219
  %224 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  %225 = icmp eq i32 %224, 0
  br i1 %225, label %226, label %227

226:                                              ; preds = %223, %219
  br label %202, !llvm.loop !59

227:                                              ; preds = %223
  %228 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %229 = call i32 @pthread_cond_signal(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #32
  br label %199, !llvm.loop !59

230:                                              ; preds = %204
  %231 = bitcast %struct.timespec* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %231) #32
  %232 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %5) #32
  %233 = getelementptr inbounds %struct.timespec, %struct.timespec* %5, i64 0, i32 0
  %234 = load i64, i64* %233, align 8, !tbaa !19
  %235 = getelementptr inbounds %struct.timespec, %struct.timespec* %5, i64 0, i32 1
  %236 = load i64, i64* %235, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %231) #32
  %237 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21) seq_cst, align 64
  %238 = icmp slt i64 %237, %14
  br i1 %238, label %239, label %271

239:                                              ; preds = %230
  %240 = bitcast %struct.timespec* %4 to i8*
  %241 = getelementptr inbounds %struct.timespec, %struct.timespec* %4, i64 0, i32 0
  %242 = getelementptr inbounds %struct.timespec, %struct.timespec* %4, i64 0, i32 1
  br label %243

243:                                              ; preds = %267, %239
  %244 = phi i32 [ 1, %239 ], [ %268, %267 ]
  %245 = and i32 %244, 255
  %246 = icmp eq i32 %245, 0
  br i1 %246, label %247, label %267

247:                                              ; preds = %243
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %240) #32
  %248 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %4) #32
  %249 = load i64, i64* %241, align 8, !tbaa !19
  %250 = load i64, i64* %242, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %240) #32
  %251 = sub i64 %249, %234
  %252 = mul i64 %251, 1000000000
  %253 = sub i64 %250, %236
  %254 = add i64 %253, %252
  %255 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %256 = icmp sgt i64 %254, %255
  br i1 %256, label %257, label %267

257:                                              ; preds = %247
  store atomic i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  %258 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %259 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21) seq_cst, align 64
  %260 = icmp slt i64 %259, %14
  br i1 %260, label %261, label %265

261:                                              ; preds = %257, %261
  %262 = call i32 @pthread_cond_wait(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0), %union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %263 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21) seq_cst, align 64
  %264 = icmp slt i64 %263, %14
  br i1 %264, label %261, label %265, !llvm.loop !60

265:                                              ; preds = %261, %257
  %266 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  store atomic i32 0, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  br label %271

267:                                              ; preds = %247, %243
  %268 = add i32 %244, 1
  %269 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21) seq_cst, align 64
  %270 = icmp slt i64 %269, %14
  br i1 %270, label %243, label %271, !llvm.loop !61

271:                                              ; preds = %267, %265, %230
  %272 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  %273 = icmp ne i64 %272, 9223372036854775807
  %274 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25, i32 0), align 16
  %275 = icmp ne i32 %274, -1
  %276 = select i1 %273, i1 %275, i1 false
  br i1 %276, label %277, label %290

277:                                              ; preds = %271
  %278 = bitcast %struct.EmFaultRec* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 1056, i8* nonnull %278) #32
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(1056) %278, i8* noundef nonnull align 16 dereferenceable(1056) bitcast (%struct.EmFaultRec* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 25) to i8*), i64 1056, i1 false) #32, !tbaa.struct !62
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  %279 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 0
  %280 = load i32, i32* %279, align 8, !tbaa !29
  %281 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 5, i64 0
  %282 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 4
  %283 = load i64, i64* %282, align 8, !tbaa !33
  %284 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 3
  %285 = load i8*, i8** %284, align 8, !tbaa !30
  %286 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 1
  %287 = load i32, i32* %286, align 4, !tbaa !31
  %288 = getelementptr inbounds %struct.EmFaultRec, %struct.EmFaultRec* %6, i64 0, i32 2
  %289 = load i32, i32* %288, align 8, !tbaa !32
  call fastcc void @fault_n(i32 noundef %280, i8* noundef nonnull %281, i64 noundef %283, i8* noundef %285, i32 noundef %287, i32 noundef %289) #34
  unreachable

290:                                              ; preds = %271
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  br label %309

291:                                              ; preds = %184
  store atomic i8 0, i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0) release, align 4
  br label %292

292:                                              ; preds = %291, %180, %176, %173, %3
  %293 = icmp eq i64 %14, 0
  br i1 %293, label %309, label %294

294:                                              ; preds = %22, %292
  %295 = sdiv i64 %2, %12
  %296 = srem i64 %2, %12
  br label %297

297:                                              ; preds = %294, %297
  %298 = phi i64 [ 0, %294 ], [ %303, %297 ]
  %299 = mul nsw i64 %295, %298
  %300 = mul nsw i64 %296, %298
  %301 = sdiv i64 %300, %12
  %302 = add nsw i64 %301, %299
  %303 = add nuw nsw i64 %298, 1
  %304 = mul nsw i64 %295, %303
  %305 = mul nsw i64 %296, %303
  %306 = sdiv i64 %305, %12
  %307 = add nsw i64 %306, %304
  call void %0(i8* noundef %1, i64 noundef %302, i64 noundef %307, i64 noundef %298) #32
  %308 = icmp eq i64 %303, %14
  br i1 %308, label %309, label %297, !llvm.loop !63

309:                                              ; preds = %297, %292, %290
  ret void
}

; Function Attrs: nounwind
declare i32 @getpid() local_unnamed_addr #1

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
  %8 = tail call i32 @getpid() #32
  %9 = icmp eq i32 %7, %8
  br i1 %9, label %10, label %39

10:                                               ; preds = %6
  %11 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %12 = and i8 %11, 1
  %13 = icmp eq i8 %12, 0
  br i1 %13, label %19, label %14

14:                                               ; preds = %10, %14
  %15 = tail call i32 @sched_yield() #32
  %16 = atomicrmw xchg i8* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 13, i32 0), i8 1 acquire, align 1
  %17 = and i8 %16, 1
  %18 = icmp eq i8 %17, 0
  br i1 %18, label %19, label %14, !llvm.loop !64

19:                                               ; preds = %14, %10
  store atomic i32 1, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  %20 = tail call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %21 = tail call i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #32
  %22 = tail call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %23 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %24 = icmp sgt i32 %23, 0
  br i1 %24, label %29, label %25

25:                                               ; preds = %29, %19
  %26 = tail call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #32
  %27 = tail call i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0)) #32
  %28 = tail call i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  br label %39

29:                                               ; preds = %19, %29
  %30 = phi i64 [ %35, %29 ], [ 0, %19 ]
  %31 = load i64*, i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5), align 32, !tbaa !50
  %32 = getelementptr inbounds i64, i64* %31, i64 %30
  %33 = load i64, i64* %32, align 8, !tbaa !11
  %34 = tail call i32 @pthread_join(i64 noundef %33, i8** noundef null) #32
  %35 = add nuw nsw i64 %30, 1
  %36 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 4), align 8, !tbaa !51
  %37 = sext i32 %36 to i64
  %38 = icmp slt i64 %35, %37
  br i1 %38, label %29, label %25, !llvm.loop !65

39:                                               ; preds = %25, %6
  %40 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %41 = tail call i32 @pthread_key_delete(i32 noundef %40) #32
  %42 = load i8*, i8** bitcast (i64** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 5) to i8**), align 32, !tbaa !50
  tail call void @free(i8* noundef %42) #32
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
  %6 = call i32 @pthread_once(i32* noundef nonnull @em_guard_once, void ()* noundef nonnull @guard_init) #32
  %7 = load i32, i32* @em_guard_ok, align 4, !tbaa !3
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %27

9:                                                ; preds = %4
  %10 = call %struct.EmErr* %0(i8* noundef %1) #32
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
  %22 = call i64 @write(i32 noundef 1, i8* noundef %19, i64 noundef %18) #32
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
  call void @llvm.lifetime.start.p0i8(i64 528, i8* nonnull %28) #32
  %29 = getelementptr inbounds %struct.EmGuard, %struct.EmGuard* %5, i64 0, i32 1
  store %struct.EmFaultInfo* %3, %struct.EmFaultInfo** %29, align 16, !tbaa !34
  %30 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %31 = call i8* @pthread_getspecific(i32 noundef %30) #32
  %32 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %33 = call i32 @pthread_setspecific(i32 noundef %32, i8* noundef nonnull %28) #32
  %34 = getelementptr inbounds %struct.EmGuard, %struct.EmGuard* %5, i64 0, i32 0, i32 0, i64 0
  %35 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef nonnull %34) #36
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %40, label %37

37:                                               ; preds = %27
  %38 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %39 = call i32 @pthread_setspecific(i32 noundef %38, i8* noundef %31) #32
  br label %60

40:                                               ; preds = %27
  %41 = call %struct.EmErr* %0(i8* noundef %1) #32
  store %struct.EmErr* %41, %struct.EmErr** %2, align 8, !tbaa !7
  %42 = load i32, i32* @em_guard_key, align 4, !tbaa !3
  %43 = call i32 @pthread_setspecific(i32 noundef %42, i8* noundef %31) #32
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
  %55 = call i64 @write(i32 noundef 1, i8* noundef %52, i64 noundef %51) #32
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
  call void @llvm.lifetime.end.p0i8(i64 528, i8* nonnull %28) #32
  br label %62

62:                                               ; preds = %60, %26
  %63 = phi i32 [ %61, %60 ], [ 0, %26 ]
  ret i32 %63
}

declare i32 @pthread_once(i32* noundef, void ()* noundef) local_unnamed_addr #12

; Function Attrs: nounwind
define internal void @guard_init() #0 {
  %1 = tail call i32 @pthread_key_create(i32* noundef nonnull @em_guard_key, void (i8*)* noundef null) #32
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
  %12 = tail call i64 @write(i32 noundef 1, i8* noundef %9, i64 noundef %8) #32
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
  tail call void %20() #32
  br label %21

21:                                               ; preds = %19, %16
  ret void
}

; Function Attrs: nounwind
define noalias %struct.EmBuf* @ember_buf_new() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %2 = icmp eq i8* %1, null
  br i1 %2, label %3, label %4

3:                                                ; preds = %0
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

4:                                                ; preds = %0
  %5 = getelementptr inbounds i8, i8* %1, i64 8
  %6 = bitcast i8* %5 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %6, align 8, !tbaa !11
  %7 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %8 = icmp eq i8* %7, null
  br i1 %8, label %9, label %10

9:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  tail call void @free(i8* noundef %5) #32
  %6 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %6) #32
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
  %8 = load i64, i64* %7, align 8, !tbaa !66
  %9 = icmp sgt i64 %6, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %3
  %11 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %12 = load i8*, i8** %11, align 8, !tbaa !43
  br label %29

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
  %24 = tail call i8* @realloc(i8* noundef %21, i64 noundef %23) #32
  %25 = icmp eq i8* %24, null
  br i1 %25, label %26, label %27

26:                                               ; preds = %20, %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

27:                                               ; preds = %20
  store i8* %24, i8** %17, align 8, !tbaa !43
  store i64 %16, i64* %7, align 8, !tbaa !66
  %28 = load i64, i64* %4, align 8, !tbaa !45
  br label %29

29:                                               ; preds = %10, %27
  %30 = phi i64 [ %5, %10 ], [ %28, %27 ]
  %31 = phi i8* [ %12, %10 ], [ %24, %27 ]
  %32 = getelementptr inbounds i8, i8* %31, i64 16
  %33 = getelementptr inbounds i8, i8* %32, i64 %30
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %33, i8* align 1 %1, i64 %2, i1 false)
  %34 = load i64, i64* %4, align 8, !tbaa !45
  %35 = add nsw i64 %34, %2
  store i64 %35, i64* %4, align 8, !tbaa !45
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
  %9 = load i64, i64* %8, align 8, !tbaa !66
  %10 = icmp sgt i64 %7, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %13 = load i8*, i8** %12, align 8, !tbaa !43
  br label %30

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
  %25 = tail call i8* @realloc(i8* noundef %22, i64 noundef %24) #32
  %26 = icmp eq i8* %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %21, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

28:                                               ; preds = %21
  store i8* %25, i8** %18, align 8, !tbaa !43
  store i64 %17, i64* %8, align 8, !tbaa !66
  %29 = load i64, i64* %5, align 8, !tbaa !45
  br label %30

30:                                               ; preds = %11, %28
  %31 = phi i64 [ %6, %11 ], [ %29, %28 ]
  %32 = phi i8* [ %13, %11 ], [ %25, %28 ]
  %33 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %34 = getelementptr inbounds i8, i8* %32, i64 16
  %35 = getelementptr inbounds i8, i8* %34, i64 %31
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %35, i8* nonnull align 1 %33, i64 %4, i1 false) #32
  %36 = load i64, i64* %5, align 8, !tbaa !45
  %37 = add nsw i64 %36, %4
  store i64 %37, i64* %5, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_u64(%struct.EmBuf* nocapture noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = alloca [20 x i8], align 16
  %4 = getelementptr inbounds [20 x i8], [20 x i8]* %3, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %4) #32
  br label %5

5:                                                ; preds = %5, %2
  %6 = phi i64 [ %11, %5 ], [ 20, %2 ]
  %7 = phi i64 [ %13, %5 ], [ %1, %2 ]
  %8 = urem i64 %7, 10
  %9 = trunc i64 %8 to i8
  %10 = or i8 %9, 48
  %11 = add nsw i64 %6, -1
  %12 = getelementptr inbounds [20 x i8], [20 x i8]* %3, i64 0, i64 %11
  store i8 %10, i8* %12, align 1, !tbaa !13
  %13 = udiv i64 %7, 10
  %14 = icmp ult i64 %7, 10
  br i1 %14, label %15, label %5, !llvm.loop !67

15:                                               ; preds = %5
  %16 = mul i64 %6, -4294967296
  %17 = add i64 %16, 90194313216
  %18 = ashr exact i64 %17, 32
  %19 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %20 = load i64, i64* %19, align 8, !tbaa !45
  %21 = add nsw i64 %20, %18
  %22 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %23 = load i64, i64* %22, align 8, !tbaa !66
  %24 = icmp sgt i64 %21, %23
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %27 = load i8*, i8** %26, align 8, !tbaa !43
  br label %44

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
  %39 = tail call i8* @realloc(i8* noundef %36, i64 noundef %38) #32
  %40 = icmp eq i8* %39, null
  br i1 %40, label %41, label %42

41:                                               ; preds = %35, %28
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

42:                                               ; preds = %35
  store i8* %39, i8** %32, align 8, !tbaa !43
  store i64 %31, i64* %22, align 8, !tbaa !66
  %43 = load i64, i64* %19, align 8, !tbaa !45
  br label %44

44:                                               ; preds = %25, %42
  %45 = phi i64 [ %20, %25 ], [ %43, %42 ]
  %46 = phi i8* [ %27, %25 ], [ %39, %42 ]
  %47 = getelementptr inbounds [20 x i8], [20 x i8]* %3, i64 0, i64 %11
  %48 = getelementptr inbounds i8, i8* %46, i64 16
  %49 = getelementptr inbounds i8, i8* %48, i64 %45
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %49, i8* nonnull align 1 %47, i64 %18, i1 false) #32
  %50 = load i64, i64* %19, align 8, !tbaa !45
  %51 = add nsw i64 %50, %18
  store i64 %51, i64* %19, align 8, !tbaa !45
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %4) #32
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_i64(%struct.EmBuf* nocapture noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = icmp slt i64 %1, 0
  br i1 %3, label %4, label %38

4:                                                ; preds = %2
  %5 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !45
  %7 = add nsw i64 %6, 1
  %8 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %9 = load i64, i64* %8, align 8, !tbaa !66
  %10 = icmp slt i64 %6, %9
  br i1 %10, label %11, label %14

11:                                               ; preds = %4
  %12 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %13 = load i8*, i8** %12, align 8, !tbaa !43
  br label %30

14:                                               ; preds = %4
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
  %25 = tail call i8* @realloc(i8* noundef %22, i64 noundef %24) #32
  %26 = icmp eq i8* %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %21, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

28:                                               ; preds = %21
  store i8* %25, i8** %18, align 8, !tbaa !43
  store i64 %17, i64* %8, align 8, !tbaa !66
  %29 = load i64, i64* %5, align 8, !tbaa !45
  br label %30

30:                                               ; preds = %11, %28
  %31 = phi i64 [ %6, %11 ], [ %29, %28 ]
  %32 = phi i8* [ %13, %11 ], [ %25, %28 ]
  %33 = getelementptr inbounds i8, i8* %32, i64 16
  %34 = getelementptr inbounds i8, i8* %33, i64 %31
  store i8 45, i8* %34, align 1, !tbaa !13
  %35 = load i64, i64* %5, align 8, !tbaa !45
  %36 = add nsw i64 %35, 1
  store i64 %36, i64* %5, align 8, !tbaa !45
  %37 = sub i64 0, %1
  tail call void @ember_buf_u64(%struct.EmBuf* noundef nonnull %0, i64 noundef %37)
  br label %39

38:                                               ; preds = %2
  tail call void @ember_buf_u64(%struct.EmBuf* noundef %0, i64 noundef %1)
  br label %39

39:                                               ; preds = %38, %30
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_bool(%struct.EmBuf* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  %4 = select i1 %3, i64 5, i64 4
  %5 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !45
  %7 = add nsw i64 %6, %4
  %8 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %9 = load i64, i64* %8, align 8, !tbaa !66
  %10 = icmp sgt i64 %7, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %2
  %12 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %13 = load i8*, i8** %12, align 8, !tbaa !43
  br label %30

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
  %25 = tail call i8* @realloc(i8* noundef %22, i64 noundef %24) #32
  %26 = icmp eq i8* %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %21, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

28:                                               ; preds = %21
  store i8* %25, i8** %18, align 8, !tbaa !43
  store i64 %17, i64* %8, align 8, !tbaa !66
  %29 = load i64, i64* %5, align 8, !tbaa !45
  br label %30

30:                                               ; preds = %11, %28
  %31 = phi i64 [ %6, %11 ], [ %29, %28 ]
  %32 = phi i8* [ %13, %11 ], [ %25, %28 ]
  %33 = select i1 %3, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.3, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i64 0, i64 0)
  %34 = getelementptr inbounds i8, i8* %32, i64 16
  %35 = getelementptr inbounds i8, i8* %34, i64 %31
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(4) %35, i8* noundef nonnull align 1 dereferenceable(4) %33, i64 %4, i1 false) #32
  %36 = load i64, i64* %5, align 8, !tbaa !45
  %37 = add nsw i64 %36, %4
  store i64 %37, i64* %5, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @buf_cs(%struct.EmBuf* nocapture noundef %0, i8* nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %1) #33
  %4 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !45
  %6 = add nsw i64 %5, %3
  %7 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %8 = load i64, i64* %7, align 8, !tbaa !66
  %9 = icmp sgt i64 %6, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %12 = load i8*, i8** %11, align 8, !tbaa !43
  br label %29

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
  %24 = tail call i8* @realloc(i8* noundef %21, i64 noundef %23) #32
  %25 = icmp eq i8* %24, null
  br i1 %25, label %26, label %27

26:                                               ; preds = %20, %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

27:                                               ; preds = %20
  store i8* %24, i8** %17, align 8, !tbaa !43
  store i64 %16, i64* %7, align 8, !tbaa !66
  %28 = load i64, i64* %4, align 8, !tbaa !45
  br label %29

29:                                               ; preds = %10, %27
  %30 = phi i64 [ %5, %10 ], [ %28, %27 ]
  %31 = phi i8* [ %12, %10 ], [ %24, %27 ]
  %32 = getelementptr inbounds i8, i8* %31, i64 16
  %33 = getelementptr inbounds i8, i8* %32, i64 %30
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %33, i8* align 1 %1, i64 %3, i1 false) #32
  %34 = load i64, i64* %4, align 8, !tbaa !45
  %35 = add nsw i64 %34, %3
  store i64 %35, i64* %4, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_list(%struct.EmBuf* noundef %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, void (%struct.EmBuf*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %6 = load i64, i64* %5, align 8, !tbaa !45
  %7 = add nsw i64 %6, 1
  %8 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %9 = load i64, i64* %8, align 8, !tbaa !66
  %10 = icmp slt i64 %6, %9
  br i1 %10, label %11, label %14

11:                                               ; preds = %4
  %12 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %13 = load i8*, i8** %12, align 8, !tbaa !43
  br label %30

14:                                               ; preds = %4
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
  %25 = tail call i8* @realloc(i8* noundef %22, i64 noundef %24) #32
  %26 = icmp eq i8* %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %21, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

28:                                               ; preds = %21
  store i8* %25, i8** %18, align 8, !tbaa !43
  store i64 %17, i64* %8, align 8, !tbaa !66
  %29 = load i64, i64* %5, align 8, !tbaa !45
  br label %30

30:                                               ; preds = %11, %28
  %31 = phi i64 [ %6, %11 ], [ %29, %28 ]
  %32 = phi i8* [ %13, %11 ], [ %25, %28 ]
  %33 = getelementptr inbounds i8, i8* %32, i64 16
  %34 = getelementptr inbounds i8, i8* %33, i64 %31
  store i8 91, i8* %34, align 1, !tbaa !13
  %35 = load i64, i64* %5, align 8, !tbaa !45
  %36 = add nsw i64 %35, 1
  store i64 %36, i64* %5, align 8, !tbaa !45
  %37 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %38 = load i64, i64* %37, align 8, !tbaa !14
  %39 = icmp sgt i64 %38, 0
  br i1 %39, label %40, label %48

40:                                               ; preds = %30
  %41 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %42 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %43 = load i8*, i8** %42, align 8, !tbaa !17
  tail call void %3(%struct.EmBuf* noundef nonnull %0, i8* noundef %43) #32
  %44 = load i64, i64* %37, align 8, !tbaa !14
  %45 = icmp sgt i64 %44, 1
  br i1 %45, label %79, label %46

46:                                               ; preds = %102, %40
  %47 = load i64, i64* %5, align 8, !tbaa !45
  br label %48

48:                                               ; preds = %46, %30
  %49 = phi i64 [ %47, %46 ], [ %36, %30 ]
  %50 = add nsw i64 %49, 1
  %51 = load i64, i64* %8, align 8, !tbaa !66
  %52 = icmp slt i64 %49, %51
  br i1 %52, label %53, label %56

53:                                               ; preds = %48
  %54 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %55 = load i8*, i8** %54, align 8, !tbaa !43
  br label %72

56:                                               ; preds = %48
  %57 = shl nsw i64 %51, 1
  %58 = icmp sgt i64 %57, %50
  %59 = select i1 %58, i64 %57, i64 %50
  %60 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %61 = add nsw i64 %59, 17
  %62 = icmp sgt i64 %59, -18
  br i1 %62, label %63, label %69

63:                                               ; preds = %56
  %64 = load i8*, i8** %60, align 8, !tbaa !43
  %65 = icmp eq i64 %61, 0
  %66 = select i1 %65, i64 1, i64 %61
  %67 = tail call i8* @realloc(i8* noundef %64, i64 noundef %66) #32
  %68 = icmp eq i8* %67, null
  br i1 %68, label %69, label %70

69:                                               ; preds = %63, %56
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

70:                                               ; preds = %63
  store i8* %67, i8** %60, align 8, !tbaa !43
  store i64 %59, i64* %8, align 8, !tbaa !66
  %71 = load i64, i64* %5, align 8, !tbaa !45
  br label %72

72:                                               ; preds = %53, %70
  %73 = phi i64 [ %49, %53 ], [ %71, %70 ]
  %74 = phi i8* [ %55, %53 ], [ %67, %70 ]
  %75 = getelementptr inbounds i8, i8* %74, i64 16
  %76 = getelementptr inbounds i8, i8* %75, i64 %73
  store i8 93, i8* %76, align 1, !tbaa !13
  %77 = load i64, i64* %5, align 8, !tbaa !45
  %78 = add nsw i64 %77, 1
  store i64 %78, i64* %5, align 8, !tbaa !45
  ret void

79:                                               ; preds = %40, %102
  %80 = phi i64 [ %113, %102 ], [ 1, %40 ]
  %81 = load i64, i64* %5, align 8, !tbaa !45
  %82 = add nsw i64 %81, 2
  %83 = load i64, i64* %8, align 8, !tbaa !66
  %84 = icmp sgt i64 %82, %83
  br i1 %84, label %87, label %85

85:                                               ; preds = %79
  %86 = load i8*, i8** %41, align 8, !tbaa !43
  br label %102

87:                                               ; preds = %79
  %88 = shl nsw i64 %83, 1
  %89 = icmp sgt i64 %88, %82
  %90 = select i1 %89, i64 %88, i64 %82
  %91 = add nsw i64 %90, 17
  %92 = icmp sgt i64 %90, -18
  br i1 %92, label %93, label %99

93:                                               ; preds = %87
  %94 = load i8*, i8** %41, align 8, !tbaa !43
  %95 = icmp eq i64 %91, 0
  %96 = select i1 %95, i64 1, i64 %91
  %97 = tail call i8* @realloc(i8* noundef %94, i64 noundef %96) #32
  %98 = icmp eq i8* %97, null
  br i1 %98, label %99, label %100

99:                                               ; preds = %93, %87
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

100:                                              ; preds = %93
  store i8* %97, i8** %41, align 8, !tbaa !43
  store i64 %90, i64* %8, align 8, !tbaa !66
  %101 = load i64, i64* %5, align 8, !tbaa !45
  br label %102

102:                                              ; preds = %100, %85
  %103 = phi i64 [ %81, %85 ], [ %101, %100 ]
  %104 = phi i8* [ %86, %85 ], [ %97, %100 ]
  %105 = getelementptr inbounds i8, i8* %104, i64 16
  %106 = getelementptr inbounds i8, i8* %105, i64 %103
  %107 = bitcast i8* %106 to i16*
  store i16 8236, i16* %107, align 1
  %108 = load i64, i64* %5, align 8, !tbaa !45
  %109 = add nsw i64 %108, 2
  store i64 %109, i64* %5, align 8, !tbaa !45
  %110 = load i8*, i8** %42, align 8, !tbaa !17
  %111 = mul nsw i64 %80, %2
  %112 = getelementptr inbounds i8, i8* %110, i64 %111
  tail call void %3(%struct.EmBuf* noundef nonnull %0, i8* noundef %112) #32
  %113 = add nuw nsw i64 %80, 1
  %114 = load i64, i64* %37, align 8, !tbaa !14
  %115 = icmp slt i64 %113, %114
  br i1 %115, label %79, label %46, !llvm.loop !68
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
  store i8 0, i8* %9, align 1, !tbaa !13
  %10 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %10) #32
  ret %struct.EmStr* %3
}

; Function Attrs: nounwind
define void @ember_buf_print(%struct.EmBuf* noundef %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %3 = load i8*, i8** %2, align 8, !tbaa !43
  %4 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !45
  br label %6

6:                                                ; preds = %6, %1
  %7 = atomicrmw xchg i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0), i8 1 acquire, align 1
  %8 = and i8 %7, 1
  %9 = icmp eq i8 %8, 0
  br i1 %9, label %10, label %6, !llvm.loop !9

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, i8* %3, i64 16
  %12 = load i64, i64* @em_out_len, align 8, !tbaa !11
  %13 = add nsw i64 %12, %5
  %14 = icmp sgt i64 %13, 65536
  br i1 %14, label %15, label %35

15:                                               ; preds = %10, %19
  %16 = phi i64 [ %23, %19 ], [ %12, %10 ]
  %17 = phi i8* [ %22, %19 ], [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %10 ]
  %18 = icmp sgt i64 %16, 0
  br i1 %18, label %19, label %24

19:                                               ; preds = %15
  %20 = tail call i64 @write(i32 noundef 1, i8* noundef %17, i64 noundef %16) #32
  %21 = icmp sgt i64 %20, -1
  %22 = getelementptr inbounds i8, i8* %17, i64 %20
  %23 = sub nsw i64 %16, %20
  br i1 %21, label %15, label %24

24:                                               ; preds = %19, %15
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  %25 = icmp sgt i64 %5, 65536
  br i1 %25, label %26, label %35

26:                                               ; preds = %24, %30
  %27 = phi i64 [ %34, %30 ], [ %5, %24 ]
  %28 = phi i8* [ %33, %30 ], [ %11, %24 ]
  %29 = icmp sgt i64 %27, 0
  br i1 %29, label %30, label %54

30:                                               ; preds = %26
  %31 = tail call i64 @write(i32 noundef 1, i8* noundef %28, i64 noundef %27) #32
  %32 = icmp sgt i64 %31, -1
  %33 = getelementptr inbounds i8, i8* %28, i64 %31
  %34 = sub nsw i64 %27, %31
  br i1 %32, label %26, label %54

35:                                               ; preds = %24, %10
  %36 = phi i64 [ %12, %10 ], [ 0, %24 ]
  %37 = getelementptr inbounds [65536 x i8], [65536 x i8]* @em_out, i64 0, i64 %36
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %37, i8* nonnull align 1 %11, i64 %5, i1 false) #32
  %38 = add nsw i64 %36, %5
  store i64 %38, i64* @em_out_len, align 8, !tbaa !11
  %39 = load i32, i32* @em_out_line, align 4, !tbaa !3
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %54, label %41

41:                                               ; preds = %35
  %42 = tail call i8* @memchr(i8* noundef nonnull %11, i32 noundef 10, i64 noundef %5) #33
  %43 = icmp eq i8* %42, null
  br i1 %43, label %54, label %44

44:                                               ; preds = %41, %48
  %45 = phi i64 [ %52, %48 ], [ %38, %41 ]
  %46 = phi i8* [ %51, %48 ], [ getelementptr inbounds ([65536 x i8], [65536 x i8]* @em_out, i64 0, i64 0), %41 ]
  %47 = icmp sgt i64 %45, 0
  br i1 %47, label %48, label %53

48:                                               ; preds = %44
  %49 = tail call i64 @write(i32 noundef 1, i8* noundef %46, i64 noundef %45) #32
  %50 = icmp sgt i64 %49, -1
  %51 = getelementptr inbounds i8, i8* %46, i64 %49
  %52 = sub nsw i64 %45, %49
  br i1 %50, label %44, label %53

53:                                               ; preds = %48, %44
  store i64 0, i64* @em_out_len, align 8, !tbaa !11
  br label %54

54:                                               ; preds = %26, %30, %35, %41, %53
  store atomic i8 0, i8* getelementptr inbounds (%struct.atomic_flag, %struct.atomic_flag* @em_out_lock, i64 0, i32 0) release, align 1
  %55 = icmp eq %struct.EmBuf* %0, null
  br i1 %55, label %59, label %56

56:                                               ; preds = %54
  %57 = load i8*, i8** %2, align 8, !tbaa !43
  tail call void @free(i8* noundef %57) #32
  %58 = bitcast %struct.EmBuf* %0 to i8*
  tail call void @free(i8* noundef %58) #32
  br label %59

59:                                               ; preds = %54, %56
  ret void
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_dup(%struct.EmStr* noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 1
  %3 = load i64, i64* %2, align 8, !tbaa !11
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %5, label %24

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
  %14 = tail call noalias i8* @malloc(i64 noundef %13) #32
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %11, %5
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

17:                                               ; preds = %11
  %18 = bitcast i8* %14 to %struct.EmStr*
  %19 = bitcast i8* %14 to i64*
  store i64 %8, i64* %19, align 8, !tbaa !11
  %20 = getelementptr inbounds i8, i8* %14, i64 8
  %21 = bitcast i8* %20 to i64*
  store i64 0, i64* %21, align 8, !tbaa !11
  %22 = getelementptr inbounds i8, i8* %14, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %22, i8* nonnull align 1 %6, i64 %8, i1 false) #32
  %23 = getelementptr inbounds i8, i8* %22, i64 %8
  store i8 0, i8* %23, align 1, !tbaa !13
  br label %24

24:                                               ; preds = %1, %17
  %25 = phi %struct.EmStr* [ %18, %17 ], [ %0, %1 ]
  ret %struct.EmStr* %25
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
  tail call void @free(i8* noundef %8) #32
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
  %23 = load <2 x i8>, <2 x i8>* %22, align 1, !tbaa !13
  %24 = getelementptr inbounds i8, i8* %21, i64 2
  %25 = bitcast i8* %24 to <2 x i8>*
  %26 = load <2 x i8>, <2 x i8>* %25, align 1, !tbaa !13
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
  %38 = load <2 x i8>, <2 x i8>* %37, align 1, !tbaa !13
  %39 = getelementptr inbounds i8, i8* %36, i64 2
  %40 = bitcast i8* %39 to <2 x i8>*
  %41 = load <2 x i8>, <2 x i8>* %40, align 1, !tbaa !13
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
  br i1 %52, label %53, label %16, !llvm.loop !70

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
  %63 = load <2 x i8>, <2 x i8>* %62, align 1, !tbaa !13
  %64 = getelementptr inbounds i8, i8* %61, i64 2
  %65 = bitcast i8* %64 to <2 x i8>*
  %66 = load <2 x i8>, <2 x i8>* %65, align 1, !tbaa !13
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
  %88 = load i8, i8* %87, align 1, !tbaa !13
  %89 = and i8 %88, -64
  %90 = icmp ne i8 %89, -128
  %91 = zext i1 %90 to i64
  %92 = add nuw nsw i64 %86, %91
  %93 = add nuw nsw i64 %85, 1
  %94 = icmp eq i64 %93, %3
  br i1 %94, label %95, label %84, !llvm.loop !72

95:                                               ; preds = %84, %75, %1
  %96 = phi i64 [ 0, %1 ], [ %79, %75 ], [ %92, %84 ]
  ret i64 %96
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_concat(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !11
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = add i64 %6, %4
  %8 = add i64 %7, 16
  %9 = add i64 %7, 17
  %10 = icmp sgt i64 %8, -2
  br i1 %10, label %11, label %16

11:                                               ; preds = %2
  %12 = icmp eq i64 %9, 0
  %13 = select i1 %12, i64 1, i64 %9
  %14 = tail call noalias i8* @malloc(i64 noundef %13) #32
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %11, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

17:                                               ; preds = %11
  %18 = bitcast i8* %14 to %struct.EmStr*
  %19 = bitcast i8* %14 to i64*
  store i64 %7, i64* %19, align 8, !tbaa !11
  %20 = getelementptr inbounds i8, i8* %14, i64 8
  %21 = bitcast i8* %20 to i64*
  store i64 0, i64* %21, align 8, !tbaa !11
  %22 = getelementptr inbounds i8, i8* %14, i64 16
  %23 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %22, i8* nonnull align 8 %23, i64 %4, i1 false)
  %24 = getelementptr inbounds i8, i8* %22, i64 %4
  %25 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %24, i8* nonnull align 8 %25, i64 %6, i1 false)
  %26 = load i64, i64* %19, align 8, !tbaa !11
  %27 = getelementptr inbounds i8, i8* %22, i64 %26
  store i8 0, i8* %27, align 1, !tbaa !13
  ret %struct.EmStr* %18
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_repeat(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i64 %1, 0
  %4 = select i1 %3, i64 %1, i64 0
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = icmp sgt i64 %6, -1
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %6, i64 %4) #32
  %10 = extractvalue { i64, i1 } %9, 1
  br i1 %10, label %11, label %12

11:                                               ; preds = %8, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

12:                                               ; preds = %8
  %13 = extractvalue { i64, i1 } %9, 0
  %14 = add nsw i64 %13, 17
  %15 = icmp sgt i64 %13, -18
  br i1 %15, label %16, label %21

16:                                               ; preds = %12
  %17 = icmp eq i64 %14, 0
  %18 = select i1 %17, i64 1, i64 %14
  %19 = tail call noalias i8* @malloc(i64 noundef %18) #32
  %20 = icmp eq i8* %19, null
  br i1 %20, label %21, label %22

21:                                               ; preds = %16, %12
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

22:                                               ; preds = %16
  %23 = bitcast i8* %19 to i64*
  store i64 %13, i64* %23, align 8, !tbaa !11
  %24 = getelementptr inbounds i8, i8* %19, i64 8
  %25 = bitcast i8* %24 to i64*
  store i64 0, i64* %25, align 8, !tbaa !11
  br i1 %3, label %26, label %45

26:                                               ; preds = %22
  %27 = getelementptr inbounds i8, i8* %19, i64 16
  %28 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %29 = add nsw i64 %4, -1
  %30 = and i64 %4, 3
  %31 = icmp ult i64 %29, 3
  br i1 %31, label %34, label %32

32:                                               ; preds = %26
  %33 = and i64 %4, 9223372036854775804
  br label %49

34:                                               ; preds = %49, %26
  %35 = phi i64 [ 0, %26 ], [ %63, %49 ]
  %36 = icmp eq i64 %30, 0
  br i1 %36, label %45, label %37

37:                                               ; preds = %34, %37
  %38 = phi i64 [ %42, %37 ], [ %35, %34 ]
  %39 = phi i64 [ %43, %37 ], [ 0, %34 ]
  %40 = mul nsw i64 %38, %6
  %41 = getelementptr inbounds i8, i8* %27, i64 %40
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %41, i8* nonnull align 8 %28, i64 %6, i1 false)
  %42 = add nuw nsw i64 %38, 1
  %43 = add i64 %39, 1
  %44 = icmp eq i64 %43, %30
  br i1 %44, label %45, label %37, !llvm.loop !74

45:                                               ; preds = %34, %37, %22
  %46 = bitcast i8* %19 to %struct.EmStr*
  %47 = getelementptr inbounds i8, i8* %19, i64 16
  %48 = getelementptr inbounds i8, i8* %47, i64 %13
  store i8 0, i8* %48, align 1, !tbaa !13
  ret %struct.EmStr* %46

49:                                               ; preds = %49, %32
  %50 = phi i64 [ 0, %32 ], [ %63, %49 ]
  %51 = phi i64 [ 0, %32 ], [ %64, %49 ]
  %52 = mul nsw i64 %50, %6
  %53 = getelementptr inbounds i8, i8* %27, i64 %52
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %53, i8* nonnull align 8 %28, i64 %6, i1 false)
  %54 = or i64 %50, 1
  %55 = mul nsw i64 %54, %6
  %56 = getelementptr inbounds i8, i8* %27, i64 %55
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %56, i8* nonnull align 8 %28, i64 %6, i1 false)
  %57 = or i64 %50, 2
  %58 = mul nsw i64 %57, %6
  %59 = getelementptr inbounds i8, i8* %27, i64 %58
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %59, i8* nonnull align 8 %28, i64 %6, i1 false)
  %60 = or i64 %50, 3
  %61 = mul nsw i64 %60, %6
  %62 = getelementptr inbounds i8, i8* %27, i64 %61
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %62, i8* nonnull align 8 %28, i64 %6, i1 false)
  %63 = add nuw nsw i64 %50, 4
  %64 = add i64 %51, 4
  %65 = icmp eq i64 %64, %33
  br i1 %65, label %34, label %49, !llvm.loop !76
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
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %5 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !11
  %7 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !11
  %9 = icmp slt i64 %6, %8
  %10 = select i1 %9, i64 %6, i64 %8
  %11 = tail call i32 @memcmp(i8* noundef nonnull %3, i8* noundef nonnull %4, i64 noundef %10) #33
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %16, label %13

13:                                               ; preds = %2
  %14 = icmp sgt i32 %11, -1
  %15 = select i1 %14, i32 1, i32 -1
  br label %20

16:                                               ; preds = %2
  %17 = icmp sgt i64 %6, %8
  %18 = zext i1 %17 to i32
  %19 = select i1 %9, i32 -1, i32 %18
  br label %20

20:                                               ; preds = %16, %13
  %21 = phi i32 [ %15, %13 ], [ %19, %16 ]
  ret i32 %21
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
  %19 = load i8, i8* %6, align 1, !tbaa !13
  %20 = sext i8 %19 to i32
  %21 = ptrtoint i8* %16 to i64
  br label %22

22:                                               ; preds = %35, %18
  %23 = phi i8* [ %3, %18 ], [ %36, %35 ]
  %24 = ptrtoint i8* %23 to i64
  %25 = sub i64 %21, %24
  %26 = tail call i8* @memchr(i8* noundef nonnull %23, i32 noundef %20, i64 noundef %25) #33
  %27 = icmp eq i8* %26, null
  br i1 %27, label %38, label %28

28:                                               ; preds = %22
  %29 = tail call i32 @bcmp(i8* nonnull %26, i8* nonnull %6, i64 %8) #32
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
  br i1 %37, label %22, label %38, !llvm.loop !77

38:                                               ; preds = %22, %35, %10, %12, %31
  %39 = phi i64 [ %11, %10 ], [ %34, %31 ], [ -1, %12 ], [ -1, %35 ], [ -1, %22 ]
  %40 = lshr i64 %39, 63
  %41 = trunc i64 %40 to i32
  %42 = xor i32 %41, 1
  ret i32 %42
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_index(%struct.EmStr* nocapture noundef readonly %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
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
  %27 = load <2 x i8>, <2 x i8>* %26, align 1, !tbaa !13
  %28 = getelementptr inbounds i8, i8* %25, i64 2
  %29 = bitcast i8* %28 to <2 x i8>*
  %30 = load <2 x i8>, <2 x i8>* %29, align 1, !tbaa !13
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
  %42 = load <2 x i8>, <2 x i8>* %41, align 1, !tbaa !13
  %43 = getelementptr inbounds i8, i8* %40, i64 2
  %44 = bitcast i8* %43 to <2 x i8>*
  %45 = load <2 x i8>, <2 x i8>* %44, align 1, !tbaa !13
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
  br i1 %56, label %57, label %20, !llvm.loop !78

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
  %67 = load <2 x i8>, <2 x i8>* %66, align 1, !tbaa !13
  %68 = getelementptr inbounds i8, i8* %65, i64 2
  %69 = bitcast i8* %68 to <2 x i8>*
  %70 = load <2 x i8>, <2 x i8>* %69, align 1, !tbaa !13
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
  %92 = load i8, i8* %91, align 1, !tbaa !13
  %93 = and i8 %92, -64
  %94 = icmp ne i8 %93, -128
  %95 = zext i1 %94 to i64
  %96 = add nuw nsw i64 %90, %95
  %97 = add nuw nsw i64 %89, 1
  %98 = icmp eq i64 %97, %7
  br i1 %98, label %99, label %88, !llvm.loop !79

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
  tail call void @ember_fault(i32 noundef 0, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.5, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #35
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
  %124 = load i8, i8* %123, align 1, !tbaa !13
  %125 = and i8 %124, -64
  %126 = icmp eq i8 %125, -128
  br i1 %126, label %120, label %127, !llvm.loop !80

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
  %149 = load i8, i8* %148, align 1, !tbaa !13
  %150 = and i8 %149, -64
  %151 = icmp eq i8 %150, -128
  br i1 %151, label %145, label %152, !llvm.loop !80

152:                                              ; preds = %145, %152
  %153 = phi i64 [ %154, %152 ], [ %147, %145 ]
  %154 = add nsw i64 %153, -1
  %155 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %154
  %156 = load i8, i8* %155, align 1, !tbaa !13
  %157 = and i8 %156, -64
  %158 = icmp eq i8 %157, -128
  br i1 %158, label %152, label %159, !llvm.loop !80

159:                                              ; preds = %152
  %160 = add nsw i64 %143, -2
  %161 = icmp sgt i64 %160, %103
  br i1 %161, label %142, label %212, !llvm.loop !81

162:                                              ; preds = %191, %140
  %163 = phi i64 [ 0, %140 ], [ %192, %191 ]
  %164 = phi i64 [ 0, %140 ], [ %193, %191 ]
  %165 = add i64 %163, 1
  %166 = tail call i64 @llvm.smax.i64(i64 %7, i64 %165) #32
  %167 = add i64 %166, -1
  br label %168

168:                                              ; preds = %172, %162
  %169 = phi i64 [ %170, %172 ], [ %163, %162 ]
  %170 = add i64 %169, 1
  %171 = icmp eq i64 %169, %167
  br i1 %171, label %177, label %172

172:                                              ; preds = %168
  %173 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %170
  %174 = load i8, i8* %173, align 1, !tbaa !13
  %175 = and i8 %174, -64
  %176 = icmp eq i8 %175, -128
  br i1 %176, label %168, label %177, !llvm.loop !82

177:                                              ; preds = %172, %168
  %178 = phi i64 [ %166, %168 ], [ %170, %172 ]
  %179 = add i64 %178, 1
  %180 = tail call i64 @llvm.smax.i64(i64 %7, i64 %179) #32
  %181 = add i64 %180, -1
  br label %182

182:                                              ; preds = %186, %177
  %183 = phi i64 [ %184, %186 ], [ %178, %177 ]
  %184 = add i64 %183, 1
  %185 = icmp eq i64 %183, %181
  br i1 %185, label %191, label %186

186:                                              ; preds = %182
  %187 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %184
  %188 = load i8, i8* %187, align 1, !tbaa !13
  %189 = and i8 %188, -64
  %190 = icmp eq i8 %189, -128
  br i1 %190, label %182, label %191, !llvm.loop !82

191:                                              ; preds = %186, %182
  %192 = phi i64 [ %180, %182 ], [ %184, %186 ]
  %193 = add i64 %164, 2
  %194 = icmp eq i64 %193, %141
  br i1 %194, label %195, label %162, !llvm.loop !83

195:                                              ; preds = %191, %136
  %196 = phi i64 [ undef, %136 ], [ %192, %191 ]
  %197 = phi i64 [ 0, %136 ], [ %192, %191 ]
  %198 = icmp eq i64 %138, 0
  br i1 %198, label %212, label %199

199:                                              ; preds = %195
  %200 = add i64 %197, 1
  %201 = tail call i64 @llvm.smax.i64(i64 %7, i64 %200) #32
  %202 = add i64 %201, -1
  br label %203

203:                                              ; preds = %207, %199
  %204 = phi i64 [ %205, %207 ], [ %197, %199 ]
  %205 = add i64 %204, 1
  %206 = icmp eq i64 %204, %202
  br i1 %206, label %212, label %207

207:                                              ; preds = %203
  %208 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %205
  %209 = load i8, i8* %208, align 1, !tbaa !13
  %210 = and i8 %209, -64
  %211 = icmp eq i8 %210, -128
  br i1 %211, label %203, label %212, !llvm.loop !82

212:                                              ; preds = %195, %207, %203, %129, %159, %108, %134
  %213 = phi i64 [ %103, %108 ], [ 0, %134 ], [ %132, %129 ], [ %154, %159 ], [ %196, %195 ], [ %201, %203 ], [ %205, %207 ]
  %214 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %213
  %215 = load i8, i8* %214, align 1, !tbaa !13
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
  %225 = tail call noalias i8* @malloc(i64 noundef %224) #32
  %226 = icmp eq i8* %225, null
  br i1 %226, label %227, label %228

227:                                              ; preds = %222
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

228:                                              ; preds = %222
  %229 = bitcast i8* %225 to %struct.EmStr*
  %230 = bitcast i8* %225 to i64*
  store i64 %223, i64* %230, align 8, !tbaa !11
  %231 = getelementptr inbounds i8, i8* %225, i64 8
  %232 = bitcast i8* %231 to i64*
  store i64 0, i64* %232, align 8, !tbaa !11
  %233 = getelementptr inbounds i8, i8* %225, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 %233, i8* noundef nonnull align 1 %214, i64 %223, i1 false) #32
  %234 = getelementptr inbounds i8, i8* %233, i64 %223
  store i8 0, i8* %234, align 1, !tbaa !13
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
  %27 = load <2 x i8>, <2 x i8>* %26, align 1, !tbaa !13
  %28 = getelementptr inbounds i8, i8* %25, i64 2
  %29 = bitcast i8* %28 to <2 x i8>*
  %30 = load <2 x i8>, <2 x i8>* %29, align 1, !tbaa !13
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
  %42 = load <2 x i8>, <2 x i8>* %41, align 1, !tbaa !13
  %43 = getelementptr inbounds i8, i8* %40, i64 2
  %44 = bitcast i8* %43 to <2 x i8>*
  %45 = load <2 x i8>, <2 x i8>* %44, align 1, !tbaa !13
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
  br i1 %56, label %57, label %20, !llvm.loop !84

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
  %67 = load <2 x i8>, <2 x i8>* %66, align 1, !tbaa !13
  %68 = getelementptr inbounds i8, i8* %65, i64 2
  %69 = bitcast i8* %68 to <2 x i8>*
  %70 = load <2 x i8>, <2 x i8>* %69, align 1, !tbaa !13
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
  %92 = load i8, i8* %91, align 1, !tbaa !13
  %93 = and i8 %92, -64
  %94 = icmp ne i8 %93, -128
  %95 = zext i1 %94 to i64
  %96 = add nuw nsw i64 %90, %95
  %97 = add nuw nsw i64 %89, 1
  %98 = icmp eq i64 %97, %7
  br i1 %98, label %99, label %88, !llvm.loop !85

99:                                               ; preds = %88, %79, %5
  %100 = phi i64 [ 0, %5 ], [ %83, %79 ], [ %96, %88 ]
  %101 = icmp eq i64 %3, 0
  br i1 %101, label %102, label %103

102:                                              ; preds = %99
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.67, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  br i1 %138, label %139, label %387

139:                                              ; preds = %137
  %140 = xor i64 %136, -1
  %141 = add i64 %121, %140
  %142 = sub i64 0, %3
  %143 = udiv i64 %141, %142
  %144 = add nsw i64 %143, 1
  br label %387

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
  br i1 %154, label %155, label %387

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
  %180 = load i8, i8* %179, align 1, !tbaa !13
  %181 = and i8 %180, -64
  %182 = icmp eq i8 %181, -128
  br i1 %182, label %176, label %183, !llvm.loop !80

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
  %197 = load i8, i8* %196, align 1, !tbaa !13
  %198 = and i8 %197, -64
  %199 = icmp eq i8 %198, -128
  br i1 %199, label %193, label %200, !llvm.loop !80

200:                                              ; preds = %193, %200
  %201 = phi i64 [ %202, %200 ], [ %195, %193 ]
  %202 = add nsw i64 %201, -1
  %203 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %202
  %204 = load i8, i8* %203, align 1, !tbaa !13
  %205 = and i8 %204, -64
  %206 = icmp eq i8 %205, -128
  br i1 %206, label %200, label %207, !llvm.loop !80

207:                                              ; preds = %200
  %208 = add nsw i64 %191, -2
  %209 = icmp sgt i64 %208, %121
  br i1 %209, label %190, label %260, !llvm.loop !81

210:                                              ; preds = %239, %167
  %211 = phi i64 [ 0, %167 ], [ %240, %239 ]
  %212 = phi i64 [ 0, %167 ], [ %241, %239 ]
  %213 = add i64 %211, 1
  %214 = tail call i64 @llvm.smax.i64(i64 %7, i64 %213) #32
  %215 = add i64 %214, -1
  br label %216

216:                                              ; preds = %220, %210
  %217 = phi i64 [ %218, %220 ], [ %211, %210 ]
  %218 = add i64 %217, 1
  %219 = icmp eq i64 %217, %215
  br i1 %219, label %225, label %220

220:                                              ; preds = %216
  %221 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %218
  %222 = load i8, i8* %221, align 1, !tbaa !13
  %223 = and i8 %222, -64
  %224 = icmp eq i8 %223, -128
  br i1 %224, label %216, label %225, !llvm.loop !82

225:                                              ; preds = %220, %216
  %226 = phi i64 [ %214, %216 ], [ %218, %220 ]
  %227 = add i64 %226, 1
  %228 = tail call i64 @llvm.smax.i64(i64 %7, i64 %227) #32
  %229 = add i64 %228, -1
  br label %230

230:                                              ; preds = %234, %225
  %231 = phi i64 [ %232, %234 ], [ %226, %225 ]
  %232 = add i64 %231, 1
  %233 = icmp eq i64 %231, %229
  br i1 %233, label %239, label %234

234:                                              ; preds = %230
  %235 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %232
  %236 = load i8, i8* %235, align 1, !tbaa !13
  %237 = and i8 %236, -64
  %238 = icmp eq i8 %237, -128
  br i1 %238, label %230, label %239, !llvm.loop !82

239:                                              ; preds = %234, %230
  %240 = phi i64 [ %228, %230 ], [ %232, %234 ]
  %241 = add i64 %212, 2
  %242 = icmp eq i64 %241, %168
  br i1 %242, label %243, label %210, !llvm.loop !83

243:                                              ; preds = %239, %164
  %244 = phi i64 [ undef, %164 ], [ %240, %239 ]
  %245 = phi i64 [ 0, %164 ], [ %240, %239 ]
  %246 = icmp eq i64 %165, 0
  br i1 %246, label %260, label %247

247:                                              ; preds = %243
  %248 = add i64 %245, 1
  %249 = tail call i64 @llvm.smax.i64(i64 %7, i64 %248) #32
  %250 = add i64 %249, -1
  br label %251

251:                                              ; preds = %255, %247
  %252 = phi i64 [ %253, %255 ], [ %245, %247 ]
  %253 = add i64 %252, 1
  %254 = icmp eq i64 %252, %250
  br i1 %254, label %260, label %255

255:                                              ; preds = %251
  %256 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %253
  %257 = load i8, i8* %256, align 1, !tbaa !13
  %258 = and i8 %257, -64
  %259 = icmp eq i8 %258, -128
  br i1 %259, label %251, label %260, !llvm.loop !82

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
  %287 = load i8, i8* %286, align 1, !tbaa !13
  %288 = and i8 %287, -64
  %289 = icmp eq i8 %288, -128
  br i1 %289, label %283, label %290, !llvm.loop !80

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
  %304 = load i8, i8* %303, align 1, !tbaa !13
  %305 = and i8 %304, -64
  %306 = icmp eq i8 %305, -128
  br i1 %306, label %300, label %307, !llvm.loop !80

307:                                              ; preds = %300, %307
  %308 = phi i64 [ %309, %307 ], [ %302, %300 ]
  %309 = add nsw i64 %308, -1
  %310 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %309
  %311 = load i8, i8* %310, align 1, !tbaa !13
  %312 = and i8 %311, -64
  %313 = icmp eq i8 %312, -128
  br i1 %313, label %307, label %314, !llvm.loop !80

314:                                              ; preds = %307
  %315 = add nsw i64 %298, -2
  %316 = icmp sgt i64 %315, %136
  br i1 %316, label %297, label %367, !llvm.loop !81

317:                                              ; preds = %346, %274
  %318 = phi i64 [ 0, %274 ], [ %347, %346 ]
  %319 = phi i64 [ 0, %274 ], [ %348, %346 ]
  %320 = add i64 %318, 1
  %321 = tail call i64 @llvm.smax.i64(i64 %7, i64 %320) #32
  %322 = add i64 %321, -1
  br label %323

323:                                              ; preds = %327, %317
  %324 = phi i64 [ %325, %327 ], [ %318, %317 ]
  %325 = add i64 %324, 1
  %326 = icmp eq i64 %324, %322
  br i1 %326, label %332, label %327

327:                                              ; preds = %323
  %328 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %325
  %329 = load i8, i8* %328, align 1, !tbaa !13
  %330 = and i8 %329, -64
  %331 = icmp eq i8 %330, -128
  br i1 %331, label %323, label %332, !llvm.loop !82

332:                                              ; preds = %327, %323
  %333 = phi i64 [ %321, %323 ], [ %325, %327 ]
  %334 = add i64 %333, 1
  %335 = tail call i64 @llvm.smax.i64(i64 %7, i64 %334) #32
  %336 = add i64 %335, -1
  br label %337

337:                                              ; preds = %341, %332
  %338 = phi i64 [ %339, %341 ], [ %333, %332 ]
  %339 = add i64 %338, 1
  %340 = icmp eq i64 %338, %336
  br i1 %340, label %346, label %341

341:                                              ; preds = %337
  %342 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %339
  %343 = load i8, i8* %342, align 1, !tbaa !13
  %344 = and i8 %343, -64
  %345 = icmp eq i8 %344, -128
  br i1 %345, label %337, label %346, !llvm.loop !82

346:                                              ; preds = %341, %337
  %347 = phi i64 [ %335, %337 ], [ %339, %341 ]
  %348 = add i64 %319, 2
  %349 = icmp eq i64 %348, %275
  br i1 %349, label %350, label %317, !llvm.loop !83

350:                                              ; preds = %346, %271
  %351 = phi i64 [ undef, %271 ], [ %347, %346 ]
  %352 = phi i64 [ 0, %271 ], [ %347, %346 ]
  %353 = icmp eq i64 %272, 0
  br i1 %353, label %367, label %354

354:                                              ; preds = %350
  %355 = add i64 %352, 1
  %356 = tail call i64 @llvm.smax.i64(i64 %7, i64 %355) #32
  %357 = add i64 %356, -1
  br label %358

358:                                              ; preds = %362, %354
  %359 = phi i64 [ %360, %362 ], [ %352, %354 ]
  %360 = add i64 %359, 1
  %361 = icmp eq i64 %359, %357
  br i1 %361, label %367, label %362

362:                                              ; preds = %358
  %363 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %360
  %364 = load i8, i8* %363, align 1, !tbaa !13
  %365 = and i8 %364, -64
  %366 = icmp eq i8 %365, -128
  br i1 %366, label %358, label %367, !llvm.loop !82

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
  %377 = tail call noalias i8* @malloc(i64 noundef %376) #32
  %378 = icmp eq i8* %377, null
  br i1 %378, label %379, label %380

379:                                              ; preds = %374, %367
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

380:                                              ; preds = %374
  %381 = bitcast i8* %377 to %struct.EmStr*
  %382 = bitcast i8* %377 to i64*
  store i64 %371, i64* %382, align 8, !tbaa !11
  %383 = getelementptr inbounds i8, i8* %377, i64 8
  %384 = bitcast i8* %383 to i64*
  store i64 0, i64* %384, align 8, !tbaa !11
  %385 = getelementptr inbounds i8, i8* %377, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %385, i8* nonnull align 1 %370, i64 %371, i1 false) #32
  %386 = getelementptr inbounds i8, i8* %385, i64 %371
  store i8 0, i8* %386, align 1, !tbaa !13
  br label %526

387:                                              ; preds = %139, %137, %152
  %388 = phi i64 [ %153, %152 ], [ 0, %137 ], [ %144, %139 ]
  %389 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %390 = icmp eq i8* %389, null
  br i1 %390, label %391, label %392

391:                                              ; preds = %387
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

392:                                              ; preds = %387
  %393 = getelementptr inbounds i8, i8* %389, i64 8
  %394 = bitcast i8* %393 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %394, align 8, !tbaa !11
  %395 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %396 = icmp eq i8* %395, null
  br i1 %396, label %397, label %398

397:                                              ; preds = %392
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

398:                                              ; preds = %392
  %399 = bitcast i8* %389 to %struct.EmBuf*
  %400 = bitcast i8* %389 to i8**
  store i8* %395, i8** %400, align 8, !tbaa !43
  %401 = icmp eq i64 %100, %7
  br i1 %401, label %402, label %437

402:                                              ; preds = %398
  %403 = icmp sgt i64 %388, 0
  br i1 %403, label %404, label %519

404:                                              ; preds = %402
  %405 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %399, i64 0, i32 1
  %406 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %399, i64 0, i32 2
  %407 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %399, i64 0, i32 0
  br label %408

408:                                              ; preds = %404, %430
  %409 = phi i8* [ %395, %404 ], [ %431, %430 ]
  %410 = phi i64 [ 48, %404 ], [ %432, %430 ]
  %411 = phi i64 [ 0, %404 ], [ %417, %430 ]
  %412 = phi i64 [ 0, %404 ], [ %435, %430 ]
  %413 = mul nsw i64 %412, %3
  %414 = add nsw i64 %413, %121
  %415 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %414
  %416 = load i8, i8* %415, align 1, !tbaa !13
  %417 = add nuw nsw i64 %411, 1
  %418 = icmp slt i64 %411, %410
  br i1 %418, label %430, label %419

419:                                              ; preds = %408
  %420 = shl nsw i64 %410, 1
  %421 = icmp sgt i64 %420, %417
  %422 = select i1 %421, i64 %420, i64 %417
  %423 = icmp sgt i64 %422, -18
  br i1 %423, label %424, label %428

424:                                              ; preds = %419
  %425 = add nuw nsw i64 %422, 17
  %426 = tail call i8* @realloc(i8* noundef %409, i64 noundef %425) #32
  %427 = icmp eq i8* %426, null
  br i1 %427, label %428, label %429

428:                                              ; preds = %424, %419
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

429:                                              ; preds = %424
  store i8* %426, i8** %407, align 8, !tbaa !43
  br label %430

430:                                              ; preds = %408, %429
  %431 = phi i8* [ %426, %429 ], [ %409, %408 ]
  %432 = phi i64 [ %422, %429 ], [ %410, %408 ]
  %433 = getelementptr inbounds i8, i8* %431, i64 16
  %434 = getelementptr inbounds i8, i8* %433, i64 %411
  store i8 %416, i8* %434, align 1, !tbaa !13
  %435 = add nuw nsw i64 %412, 1
  %436 = icmp eq i64 %435, %388
  br i1 %436, label %518, label %408, !llvm.loop !86

437:                                              ; preds = %398
  %438 = icmp sgt i64 %100, -2
  br i1 %438, label %439, label %443

439:                                              ; preds = %437
  %440 = add i64 %100, 1
  %441 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %440, i64 8) #32
  %442 = extractvalue { i64, i1 } %441, 1
  br i1 %442, label %443, label %444

443:                                              ; preds = %439, %437
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

444:                                              ; preds = %439
  %445 = extractvalue { i64, i1 } %441, 0
  %446 = icmp eq i64 %445, 0
  %447 = select i1 %446, i64 1, i64 %445
  %448 = tail call noalias i8* @malloc(i64 noundef %447) #32
  %449 = icmp eq i8* %448, null
  br i1 %449, label %450, label %451

450:                                              ; preds = %444
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

451:                                              ; preds = %444
  %452 = bitcast i8* %448 to i64*
  br label %459

453:                                              ; preds = %475
  %454 = icmp sgt i64 %388, 0
  br i1 %454, label %455, label %480

455:                                              ; preds = %453
  %456 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %399, i64 0, i32 1
  %457 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %399, i64 0, i32 2
  %458 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %399, i64 0, i32 0
  br label %482

459:                                              ; preds = %451, %475
  %460 = phi i64 [ 0, %451 ], [ %477, %475 ]
  %461 = phi i64 [ 0, %451 ], [ %476, %475 ]
  %462 = getelementptr inbounds i64, i64* %452, i64 %460
  store i64 %461, i64* %462, align 8, !tbaa !11
  %463 = add i64 %461, 1
  %464 = call i64 @llvm.smax.i64(i64 %7, i64 %463)
  %465 = add i64 %464, -1
  br label %466

466:                                              ; preds = %470, %459
  %467 = phi i64 [ %461, %459 ], [ %468, %470 ]
  %468 = add i64 %467, 1
  %469 = icmp eq i64 %467, %465
  br i1 %469, label %475, label %470

470:                                              ; preds = %466
  %471 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %468
  %472 = load i8, i8* %471, align 1, !tbaa !13
  %473 = and i8 %472, -64
  %474 = icmp eq i8 %473, -128
  br i1 %474, label %466, label %475, !llvm.loop !87

475:                                              ; preds = %466, %470
  %476 = phi i64 [ %464, %466 ], [ %468, %470 ]
  %477 = add nuw i64 %460, 1
  %478 = icmp eq i64 %460, %100
  br i1 %478, label %453, label %459, !llvm.loop !88

479:                                              ; preds = %511
  store i64 %496, i64* %456, align 8, !tbaa !45
  store i64 %513, i64* %457, align 8, !tbaa !66
  br label %480

480:                                              ; preds = %479, %453
  %481 = phi i64 [ %496, %479 ], [ 0, %453 ]
  tail call void @free(i8* noundef %448) #32
  br label %519

482:                                              ; preds = %455, %511
  %483 = phi i8* [ %395, %455 ], [ %512, %511 ]
  %484 = phi i64 [ 48, %455 ], [ %513, %511 ]
  %485 = phi i64 [ 0, %455 ], [ %496, %511 ]
  %486 = phi i64 [ 0, %455 ], [ %516, %511 ]
  %487 = mul nsw i64 %486, %3
  %488 = add nsw i64 %487, %121
  %489 = getelementptr inbounds i64, i64* %452, i64 %488
  %490 = load i64, i64* %489, align 8, !tbaa !11
  %491 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %490
  %492 = add nsw i64 %488, 1
  %493 = getelementptr inbounds i64, i64* %452, i64 %492
  %494 = load i64, i64* %493, align 8, !tbaa !11
  %495 = sub nsw i64 %494, %490
  %496 = add nsw i64 %485, %495
  %497 = icmp sgt i64 %496, %484
  br i1 %497, label %498, label %511

498:                                              ; preds = %482
  %499 = shl nsw i64 %484, 1
  %500 = icmp sgt i64 %499, %496
  %501 = select i1 %500, i64 %499, i64 %496
  %502 = add nsw i64 %501, 17
  %503 = icmp sgt i64 %501, -18
  br i1 %503, label %504, label %509

504:                                              ; preds = %498
  %505 = icmp eq i64 %502, 0
  %506 = select i1 %505, i64 1, i64 %502
  %507 = tail call i8* @realloc(i8* noundef %483, i64 noundef %506) #32
  %508 = icmp eq i8* %507, null
  br i1 %508, label %509, label %510

509:                                              ; preds = %504, %498
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

510:                                              ; preds = %504
  store i8* %507, i8** %458, align 8, !tbaa !43
  br label %511

511:                                              ; preds = %482, %510
  %512 = phi i8* [ %507, %510 ], [ %483, %482 ]
  %513 = phi i64 [ %501, %510 ], [ %484, %482 ]
  %514 = getelementptr inbounds i8, i8* %512, i64 16
  %515 = getelementptr inbounds i8, i8* %514, i64 %485
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %515, i8* nonnull align 1 %491, i64 %495, i1 false) #32
  %516 = add nuw nsw i64 %486, 1
  %517 = icmp eq i64 %516, %388
  br i1 %517, label %479, label %482, !llvm.loop !89

518:                                              ; preds = %430
  store i64 %417, i64* %405, align 8, !tbaa !45
  store i64 %432, i64* %406, align 8, !tbaa !66
  br label %519

519:                                              ; preds = %402, %518, %480
  %520 = phi i64 [ 0, %402 ], [ %417, %518 ], [ %481, %480 ]
  %521 = bitcast i8* %389 to %struct.EmStr**
  %522 = load %struct.EmStr*, %struct.EmStr** %521, align 8, !tbaa !43
  %523 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %522, i64 0, i32 0
  store i64 %520, i64* %523, align 8, !tbaa !11
  %524 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %522, i64 0, i32 1
  store i64 0, i64* %524, align 8, !tbaa !11
  %525 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %522, i64 0, i32 2, i64 %520
  store i8 0, i8* %525, align 1, !tbaa !13
  tail call void @free(i8* noundef %389) #32
  br label %526

526:                                              ; preds = %519, %380
  %527 = phi %struct.EmStr* [ %381, %380 ], [ %522, %519 ]
  ret %struct.EmStr* %527
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
  %19 = load i8, i8* %6, align 1, !tbaa !13
  %20 = sext i8 %19 to i32
  %21 = ptrtoint i8* %16 to i64
  br label %22

22:                                               ; preds = %31, %18
  %23 = phi i8* [ %3, %18 ], [ %32, %31 ]
  %24 = ptrtoint i8* %23 to i64
  %25 = sub i64 %21, %24
  %26 = tail call i8* @memchr(i8* noundef nonnull %23, i32 noundef %20, i64 noundef %25) #33
  %27 = icmp eq i8* %26, null
  br i1 %27, label %34, label %28

28:                                               ; preds = %22
  %29 = tail call i32 @bcmp(i8* nonnull %26, i8* nonnull %6, i64 %8) #32
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %35, label %31

31:                                               ; preds = %28
  %32 = getelementptr inbounds i8, i8* %26, i64 1
  %33 = icmp ult i8* %26, %15
  br i1 %33, label %22, label %34, !llvm.loop !77

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
  %60 = load <2 x i8>, <2 x i8>* %59, align 1, !tbaa !13
  %61 = getelementptr inbounds i8, i8* %58, i64 2
  %62 = bitcast i8* %61 to <2 x i8>*
  %63 = load <2 x i8>, <2 x i8>* %62, align 1, !tbaa !13
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
  %75 = load <2 x i8>, <2 x i8>* %74, align 1, !tbaa !13
  %76 = getelementptr inbounds i8, i8* %73, i64 2
  %77 = bitcast i8* %76 to <2 x i8>*
  %78 = load <2 x i8>, <2 x i8>* %77, align 1, !tbaa !13
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
  br i1 %89, label %90, label %53, !llvm.loop !90

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
  %100 = load <2 x i8>, <2 x i8>* %99, align 1, !tbaa !13
  %101 = getelementptr inbounds i8, i8* %98, i64 2
  %102 = bitcast i8* %101 to <2 x i8>*
  %103 = load <2 x i8>, <2 x i8>* %102, align 1, !tbaa !13
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
  %125 = load i8, i8* %124, align 1, !tbaa !13
  %126 = and i8 %125, -64
  %127 = icmp ne i8 %126, -128
  %128 = zext i1 %127 to i64
  %129 = add nuw nsw i64 %123, %128
  %130 = add nuw nsw i64 %122, 1
  %131 = icmp eq i64 %130, %38
  br i1 %131, label %132, label %121, !llvm.loop !91

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
  %17 = load i8, i8* %9, align 1, !tbaa !13
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
  %41 = load <2 x i8>, <2 x i8>* %40, align 1, !tbaa !13
  %42 = getelementptr inbounds i8, i8* %39, i64 2
  %43 = bitcast i8* %42 to <2 x i8>*
  %44 = load <2 x i8>, <2 x i8>* %43, align 1, !tbaa !13
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
  %56 = load <2 x i8>, <2 x i8>* %55, align 1, !tbaa !13
  %57 = getelementptr inbounds i8, i8* %54, i64 2
  %58 = bitcast i8* %57 to <2 x i8>*
  %59 = load <2 x i8>, <2 x i8>* %58, align 1, !tbaa !13
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
  br i1 %70, label %71, label %34, !llvm.loop !92

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
  %81 = load <2 x i8>, <2 x i8>* %80, align 1, !tbaa !13
  %82 = getelementptr inbounds i8, i8* %79, i64 2
  %83 = bitcast i8* %82 to <2 x i8>*
  %84 = load <2 x i8>, <2 x i8>* %83, align 1, !tbaa !13
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
  %106 = load i8, i8* %105, align 1, !tbaa !13
  %107 = and i8 %106, -64
  %108 = icmp ne i8 %107, -128
  %109 = zext i1 %108 to i64
  %110 = add nuw nsw i64 %104, %109
  %111 = add nuw nsw i64 %103, 1
  %112 = icmp eq i64 %111, %7
  br i1 %112, label %113, label %102, !llvm.loop !93

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
  %123 = tail call i8* @memchr(i8* noundef nonnull %120, i32 noundef %18, i64 noundef %122) #33
  %124 = icmp eq i8* %123, null
  br i1 %124, label %140, label %125

125:                                              ; preds = %119
  %126 = tail call i32 @bcmp(i8* nonnull %123, i8* nonnull %9, i64 %4) #32
  %127 = icmp eq i32 %126, 0
  br i1 %127, label %131, label %128

128:                                              ; preds = %125
  %129 = getelementptr inbounds i8, i8* %123, i64 1
  %130 = icmp ult i8* %123, %12
  br i1 %130, label %119, label %140, !llvm.loop !77

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
  br i1 %139, label %116, label %140, !llvm.loop !94

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
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 8
  %8 = bitcast i8* %7 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %8, align 8, !tbaa !11
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  br label %30

20:                                               ; preds = %12
  %21 = icmp eq i32 %1, 0
  %22 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 1
  %23 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 2
  %24 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 0
  %25 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  br label %36

26:                                               ; preds = %327
  %27 = bitcast i8* %3 to %struct.EmStr**
  %28 = load %struct.EmStr*, %struct.EmStr** %27, align 8, !tbaa !43
  %29 = load i64, i64* %22, align 8, !tbaa !45
  br label %30

30:                                               ; preds = %18, %26
  %31 = phi i64 [ %29, %26 ], [ 0, %18 ]
  %32 = phi %struct.EmStr* [ %28, %26 ], [ %19, %18 ]
  %33 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %32, i64 0, i32 0
  store i64 %31, i64* %33, align 8, !tbaa !11
  %34 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %32, i64 0, i32 1
  store i64 0, i64* %34, align 8, !tbaa !11
  %35 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %32, i64 0, i32 2, i64 %31
  store i8 0, i8* %35, align 1, !tbaa !13
  tail call void @free(i8* noundef nonnull %3) #32
  ret %struct.EmStr* %32

36:                                               ; preds = %20, %327
  %37 = phi i64 [ %16, %20 ], [ %329, %327 ]
  %38 = phi i64 [ 0, %20 ], [ %328, %327 ]
  %39 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %38
  %40 = load i8, i8* %39, align 1, !tbaa !13
  %41 = icmp sgt i8 %40, -1
  br i1 %41, label %42, label %44

42:                                               ; preds = %36
  %43 = zext i8 %40 to i32
  br label %93

44:                                               ; preds = %36
  %45 = icmp ult i8 %40, -32
  br i1 %45, label %46, label %55

46:                                               ; preds = %44
  %47 = and i8 %40, 31
  %48 = zext i8 %47 to i32
  %49 = shl nuw nsw i32 %48, 6
  %50 = getelementptr inbounds i8, i8* %39, i64 1
  %51 = load i8, i8* %50, align 1, !tbaa !13
  %52 = and i8 %51, 63
  %53 = zext i8 %52 to i32
  %54 = or i32 %49, %53
  br label %93

55:                                               ; preds = %44
  %56 = icmp ult i8 %40, -16
  br i1 %56, label %57, label %72

57:                                               ; preds = %55
  %58 = and i8 %40, 15
  %59 = zext i8 %58 to i32
  %60 = shl nuw nsw i32 %59, 12
  %61 = getelementptr inbounds i8, i8* %39, i64 1
  %62 = load i8, i8* %61, align 1, !tbaa !13
  %63 = and i8 %62, 63
  %64 = zext i8 %63 to i32
  %65 = shl nuw nsw i32 %64, 6
  %66 = or i32 %65, %60
  %67 = getelementptr inbounds i8, i8* %39, i64 2
  %68 = load i8, i8* %67, align 1, !tbaa !13
  %69 = and i8 %68, 63
  %70 = zext i8 %69 to i32
  %71 = or i32 %66, %70
  br label %93

72:                                               ; preds = %55
  %73 = and i8 %40, 7
  %74 = zext i8 %73 to i32
  %75 = shl nuw nsw i32 %74, 18
  %76 = getelementptr inbounds i8, i8* %39, i64 1
  %77 = load i8, i8* %76, align 1, !tbaa !13
  %78 = and i8 %77, 63
  %79 = zext i8 %78 to i32
  %80 = shl nuw nsw i32 %79, 12
  %81 = or i32 %80, %75
  %82 = getelementptr inbounds i8, i8* %39, i64 2
  %83 = load i8, i8* %82, align 1, !tbaa !13
  %84 = and i8 %83, 63
  %85 = zext i8 %84 to i32
  %86 = shl nuw nsw i32 %85, 6
  %87 = or i32 %81, %86
  %88 = getelementptr inbounds i8, i8* %39, i64 3
  %89 = load i8, i8* %88, align 1, !tbaa !13
  %90 = and i8 %89, 63
  %91 = zext i8 %90 to i32
  %92 = or i32 %87, %91
  br label %93

93:                                               ; preds = %42, %46, %57, %72
  %94 = phi i64 [ 1, %42 ], [ 2, %46 ], [ 3, %57 ], [ 4, %72 ]
  %95 = phi i32 [ %43, %42 ], [ %54, %46 ], [ %71, %57 ], [ %92, %72 ]
  br i1 %21, label %150, label %96

96:                                               ; preds = %93
  switch i32 %95, label %148 [
    i32 223, label %97
    i32 329, label %123
  ]

97:                                               ; preds = %96
  %98 = load i64, i64* %22, align 8, !tbaa !45
  %99 = add nsw i64 %98, 2
  %100 = load i64, i64* %23, align 8, !tbaa !66
  %101 = icmp sgt i64 %99, %100
  br i1 %101, label %104, label %102

102:                                              ; preds = %97
  %103 = load i8*, i8** %24, align 8, !tbaa !43
  br label %118

104:                                              ; preds = %97
  %105 = shl nsw i64 %100, 1
  %106 = icmp sgt i64 %105, %99
  %107 = select i1 %106, i64 %105, i64 %99
  %108 = add nsw i64 %107, 17
  %109 = icmp sgt i64 %107, -18
  br i1 %109, label %110, label %116

110:                                              ; preds = %104
  %111 = load i8*, i8** %24, align 8, !tbaa !43
  %112 = icmp eq i64 %108, 0
  %113 = select i1 %112, i64 1, i64 %108
  %114 = tail call i8* @realloc(i8* noundef %111, i64 noundef %113) #32
  %115 = icmp eq i8* %114, null
  br i1 %115, label %116, label %117

116:                                              ; preds = %110, %104
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

117:                                              ; preds = %110
  store i8* %114, i8** %24, align 8, !tbaa !43
  store i64 %107, i64* %23, align 8, !tbaa !66
  br label %118

118:                                              ; preds = %102, %117
  %119 = phi i8* [ %103, %102 ], [ %114, %117 ]
  %120 = getelementptr inbounds i8, i8* %119, i64 16
  %121 = getelementptr inbounds i8, i8* %120, i64 %98
  %122 = bitcast i8* %121 to i16*
  store i16 21331, i16* %122, align 1
  store i64 %99, i64* %22, align 8, !tbaa !45
  br label %327

123:                                              ; preds = %96
  %124 = load i64, i64* %22, align 8, !tbaa !45
  %125 = add nsw i64 %124, 3
  %126 = load i64, i64* %23, align 8, !tbaa !66
  %127 = icmp sgt i64 %125, %126
  br i1 %127, label %130, label %128

128:                                              ; preds = %123
  %129 = load i8*, i8** %24, align 8, !tbaa !43
  br label %144

130:                                              ; preds = %123
  %131 = shl nsw i64 %126, 1
  %132 = icmp sgt i64 %131, %125
  %133 = select i1 %132, i64 %131, i64 %125
  %134 = add nsw i64 %133, 17
  %135 = icmp sgt i64 %133, -18
  br i1 %135, label %136, label %142

136:                                              ; preds = %130
  %137 = load i8*, i8** %24, align 8, !tbaa !43
  %138 = icmp eq i64 %134, 0
  %139 = select i1 %138, i64 1, i64 %134
  %140 = tail call i8* @realloc(i8* noundef %137, i64 noundef %139) #32
  %141 = icmp eq i8* %140, null
  br i1 %141, label %142, label %143

142:                                              ; preds = %136, %130
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

143:                                              ; preds = %136
  store i8* %140, i8** %24, align 8, !tbaa !43
  store i64 %133, i64* %23, align 8, !tbaa !66
  br label %144

144:                                              ; preds = %128, %143
  %145 = phi i8* [ %129, %128 ], [ %140, %143 ]
  %146 = getelementptr inbounds i8, i8* %145, i64 16
  %147 = getelementptr inbounds i8, i8* %146, i64 %124
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(3) %147, i8* noundef nonnull align 1 dereferenceable(3) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.69, i64 0, i64 0), i64 3, i1 false) #32
  store i64 %125, i64* %22, align 8, !tbaa !45
  br label %327

148:                                              ; preds = %96
  %149 = tail call fastcc i32 @cp_upper(i32 noundef %95)
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %149)
  br label %327

150:                                              ; preds = %93
  switch i32 %95, label %325 [
    i32 304, label %151
    i32 931, label %176
  ]

151:                                              ; preds = %150
  %152 = load i64, i64* %22, align 8, !tbaa !45
  %153 = add nsw i64 %152, 3
  %154 = load i64, i64* %23, align 8, !tbaa !66
  %155 = icmp sgt i64 %153, %154
  br i1 %155, label %158, label %156

156:                                              ; preds = %151
  %157 = load i8*, i8** %24, align 8, !tbaa !43
  br label %172

158:                                              ; preds = %151
  %159 = shl nsw i64 %154, 1
  %160 = icmp sgt i64 %159, %153
  %161 = select i1 %160, i64 %159, i64 %153
  %162 = add nsw i64 %161, 17
  %163 = icmp sgt i64 %161, -18
  br i1 %163, label %164, label %170

164:                                              ; preds = %158
  %165 = load i8*, i8** %24, align 8, !tbaa !43
  %166 = icmp eq i64 %162, 0
  %167 = select i1 %166, i64 1, i64 %162
  %168 = tail call i8* @realloc(i8* noundef %165, i64 noundef %167) #32
  %169 = icmp eq i8* %168, null
  br i1 %169, label %170, label %171

170:                                              ; preds = %164, %158
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

171:                                              ; preds = %164
  store i8* %168, i8** %24, align 8, !tbaa !43
  store i64 %161, i64* %23, align 8, !tbaa !66
  br label %172

172:                                              ; preds = %156, %171
  %173 = phi i8* [ %157, %156 ], [ %168, %171 ]
  %174 = getelementptr inbounds i8, i8* %173, i64 16
  %175 = getelementptr inbounds i8, i8* %174, i64 %152
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(3) %175, i8* noundef nonnull align 1 dereferenceable(3) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.70, i64 0, i64 0), i64 3, i1 false) #32
  store i64 %153, i64* %22, align 8, !tbaa !45
  br label %327

176:                                              ; preds = %150
  %177 = icmp eq i64 %38, 0
  br i1 %177, label %246, label %178

178:                                              ; preds = %176, %184
  %179 = phi i64 [ %180, %184 ], [ %38, %176 ]
  %180 = add nsw i64 %179, -1
  %181 = icmp sgt i64 %179, 1
  br i1 %181, label %184, label %182

182:                                              ; preds = %178
  %183 = load i8, i8* %25, align 1, !tbaa !13
  br label %189

184:                                              ; preds = %178
  %185 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %180
  %186 = load i8, i8* %185, align 1, !tbaa !13
  %187 = and i8 %186, -64
  %188 = icmp eq i8 %187, -128
  br i1 %188, label %178, label %189, !llvm.loop !95

189:                                              ; preds = %184, %182
  %190 = phi i8 [ %183, %182 ], [ %186, %184 ]
  %191 = phi i64 [ 1, %182 ], [ %179, %184 ]
  %192 = phi i64 [ 0, %182 ], [ %180, %184 ]
  %193 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %192
  %194 = icmp sgt i8 %190, -1
  br i1 %194, label %195, label %197

195:                                              ; preds = %189
  %196 = zext i8 %190 to i32
  br label %246

197:                                              ; preds = %189
  %198 = icmp ult i8 %190, -32
  br i1 %198, label %199, label %208

199:                                              ; preds = %197
  %200 = and i8 %190, 31
  %201 = zext i8 %200 to i32
  %202 = shl nuw nsw i32 %201, 6
  %203 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %191
  %204 = load i8, i8* %203, align 1, !tbaa !13
  %205 = and i8 %204, 63
  %206 = zext i8 %205 to i32
  %207 = or i32 %202, %206
  br label %246

208:                                              ; preds = %197
  %209 = icmp ult i8 %190, -16
  br i1 %209, label %210, label %225

210:                                              ; preds = %208
  %211 = and i8 %190, 15
  %212 = zext i8 %211 to i32
  %213 = shl nuw nsw i32 %212, 12
  %214 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %191
  %215 = load i8, i8* %214, align 1, !tbaa !13
  %216 = and i8 %215, 63
  %217 = zext i8 %216 to i32
  %218 = shl nuw nsw i32 %217, 6
  %219 = or i32 %218, %213
  %220 = getelementptr inbounds i8, i8* %193, i64 2
  %221 = load i8, i8* %220, align 1, !tbaa !13
  %222 = and i8 %221, 63
  %223 = zext i8 %222 to i32
  %224 = or i32 %219, %223
  br label %246

225:                                              ; preds = %208
  %226 = and i8 %190, 7
  %227 = zext i8 %226 to i32
  %228 = shl nuw nsw i32 %227, 18
  %229 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %191
  %230 = load i8, i8* %229, align 1, !tbaa !13
  %231 = and i8 %230, 63
  %232 = zext i8 %231 to i32
  %233 = shl nuw nsw i32 %232, 12
  %234 = or i32 %233, %228
  %235 = getelementptr inbounds i8, i8* %193, i64 2
  %236 = load i8, i8* %235, align 1, !tbaa !13
  %237 = and i8 %236, 63
  %238 = zext i8 %237 to i32
  %239 = shl nuw nsw i32 %238, 6
  %240 = or i32 %234, %239
  %241 = getelementptr inbounds i8, i8* %193, i64 3
  %242 = load i8, i8* %241, align 1, !tbaa !13
  %243 = and i8 %242, 63
  %244 = zext i8 %243 to i32
  %245 = or i32 %240, %244
  br label %246

246:                                              ; preds = %225, %210, %199, %195, %176
  %247 = phi i32 [ 0, %176 ], [ %196, %195 ], [ %207, %199 ], [ %224, %210 ], [ %245, %225 ]
  %248 = add nuw nsw i64 %94, %38
  %249 = icmp slt i64 %248, %37
  br i1 %249, label %250, label %305

250:                                              ; preds = %246
  %251 = getelementptr inbounds i8, i8* %39, i64 %94
  %252 = load i8, i8* %251, align 1, !tbaa !13
  %253 = icmp sgt i8 %252, -1
  br i1 %253, label %254, label %256

254:                                              ; preds = %250
  %255 = zext i8 %252 to i32
  br label %305

256:                                              ; preds = %250
  %257 = icmp ult i8 %252, -32
  br i1 %257, label %258, label %267

258:                                              ; preds = %256
  %259 = and i8 %252, 31
  %260 = zext i8 %259 to i32
  %261 = shl nuw nsw i32 %260, 6
  %262 = getelementptr inbounds i8, i8* %251, i64 1
  %263 = load i8, i8* %262, align 1, !tbaa !13
  %264 = and i8 %263, 63
  %265 = zext i8 %264 to i32
  %266 = or i32 %261, %265
  br label %305

267:                                              ; preds = %256
  %268 = icmp ult i8 %252, -16
  br i1 %268, label %269, label %284

269:                                              ; preds = %267
  %270 = and i8 %252, 15
  %271 = zext i8 %270 to i32
  %272 = shl nuw nsw i32 %271, 12
  %273 = getelementptr inbounds i8, i8* %251, i64 1
  %274 = load i8, i8* %273, align 1, !tbaa !13
  %275 = and i8 %274, 63
  %276 = zext i8 %275 to i32
  %277 = shl nuw nsw i32 %276, 6
  %278 = or i32 %277, %272
  %279 = getelementptr inbounds i8, i8* %251, i64 2
  %280 = load i8, i8* %279, align 1, !tbaa !13
  %281 = and i8 %280, 63
  %282 = zext i8 %281 to i32
  %283 = or i32 %278, %282
  br label %305

284:                                              ; preds = %267
  %285 = and i8 %252, 7
  %286 = zext i8 %285 to i32
  %287 = shl nuw nsw i32 %286, 18
  %288 = getelementptr inbounds i8, i8* %251, i64 1
  %289 = load i8, i8* %288, align 1, !tbaa !13
  %290 = and i8 %289, 63
  %291 = zext i8 %290 to i32
  %292 = shl nuw nsw i32 %291, 12
  %293 = or i32 %292, %287
  %294 = getelementptr inbounds i8, i8* %251, i64 2
  %295 = load i8, i8* %294, align 1, !tbaa !13
  %296 = and i8 %295, 63
  %297 = zext i8 %296 to i32
  %298 = shl nuw nsw i32 %297, 6
  %299 = or i32 %293, %298
  %300 = getelementptr inbounds i8, i8* %251, i64 3
  %301 = load i8, i8* %300, align 1, !tbaa !13
  %302 = and i8 %301, 63
  %303 = zext i8 %302 to i32
  %304 = or i32 %299, %303
  br label %305

305:                                              ; preds = %284, %269, %258, %254, %246
  %306 = phi i32 [ 0, %246 ], [ %255, %254 ], [ %266, %258 ], [ %283, %269 ], [ %304, %284 ]
  %307 = tail call fastcc i32 @cp_upper(i32 noundef %247) #32
  %308 = icmp eq i32 %307, %247
  br i1 %308, label %309, label %314

309:                                              ; preds = %305
  %310 = tail call fastcc i32 @cp_lower(i32 noundef %247) #32
  %311 = icmp ne i32 %310, %247
  %312 = icmp eq i32 %247, 223
  %313 = or i1 %312, %311
  br i1 %313, label %314, label %323

314:                                              ; preds = %305, %309
  %315 = tail call fastcc i32 @cp_upper(i32 noundef %306) #32
  %316 = icmp eq i32 %315, %306
  br i1 %316, label %317, label %323

317:                                              ; preds = %314
  %318 = tail call fastcc i32 @cp_lower(i32 noundef %306) #32
  %319 = icmp eq i32 %318, %306
  br i1 %319, label %320, label %323

320:                                              ; preds = %317
  %321 = icmp eq i32 %306, 223
  %322 = select i1 %321, i32 963, i32 962
  br label %323

323:                                              ; preds = %309, %320, %314, %317
  %324 = phi i32 [ 963, %317 ], [ 963, %314 ], [ %322, %320 ], [ 963, %309 ]
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %324)
  br label %327

325:                                              ; preds = %150
  %326 = tail call fastcc i32 @cp_lower(i32 noundef %95)
  tail call fastcc void @buf_cp(%struct.EmBuf* noundef nonnull %13, i32 noundef %326)
  br label %327

327:                                              ; preds = %172, %325, %323, %118, %148, %144
  %328 = add nuw nsw i64 %94, %38
  %329 = load i64, i64* %15, align 8, !tbaa !11
  %330 = icmp slt i64 %328, %329
  br i1 %330, label %36, label %26, !llvm.loop !96
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_lower(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc %struct.EmStr* @str_case(%struct.EmStr* noundef %0, i32 noundef 0)
  ret %struct.EmStr* %2
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_strip(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5) #32
  %6 = bitcast i64* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6) #32
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 3, %struct.EmStr* noundef %1, i64* noundef nonnull %3, i64* noundef nonnull %4) #32
  %7 = load i64, i64* %3, align 8, !tbaa !11
  %8 = load i64, i64* %4, align 8, !tbaa !11
  %9 = sub nsw i64 %8, %7
  %10 = add nsw i64 %9, 17
  %11 = icmp sgt i64 %9, -18
  br i1 %11, label %12, label %17

12:                                               ; preds = %2
  %13 = icmp eq i64 %10, 0
  %14 = select i1 %13, i64 1, i64 %10
  %15 = tail call noalias i8* @malloc(i64 noundef %14) #32
  %16 = icmp eq i8* %15, null
  br i1 %16, label %17, label %18

17:                                               ; preds = %12, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

18:                                               ; preds = %12
  %19 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %7
  %20 = bitcast i8* %15 to %struct.EmStr*
  %21 = bitcast i8* %15 to i64*
  store i64 %9, i64* %21, align 8, !tbaa !11
  %22 = getelementptr inbounds i8, i8* %15, i64 8
  %23 = bitcast i8* %22 to i64*
  store i64 0, i64* %23, align 8, !tbaa !11
  %24 = getelementptr inbounds i8, i8* %15, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %24, i8* nonnull align 1 %19, i64 %9, i1 false) #32
  %25 = getelementptr inbounds i8, i8* %24, i64 %9
  store i8 0, i8* %25, align 1, !tbaa !13
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6) #32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5) #32
  ret %struct.EmStr* %20
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_lstrip(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5) #32
  %6 = bitcast i64* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6) #32
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 1, %struct.EmStr* noundef %1, i64* noundef nonnull %3, i64* noundef nonnull %4) #32
  %7 = load i64, i64* %3, align 8, !tbaa !11
  %8 = load i64, i64* %4, align 8, !tbaa !11
  %9 = sub nsw i64 %8, %7
  %10 = add nsw i64 %9, 17
  %11 = icmp sgt i64 %9, -18
  br i1 %11, label %12, label %17

12:                                               ; preds = %2
  %13 = icmp eq i64 %10, 0
  %14 = select i1 %13, i64 1, i64 %10
  %15 = tail call noalias i8* @malloc(i64 noundef %14) #32
  %16 = icmp eq i8* %15, null
  br i1 %16, label %17, label %18

17:                                               ; preds = %12, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

18:                                               ; preds = %12
  %19 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %7
  %20 = bitcast i8* %15 to %struct.EmStr*
  %21 = bitcast i8* %15 to i64*
  store i64 %9, i64* %21, align 8, !tbaa !11
  %22 = getelementptr inbounds i8, i8* %15, i64 8
  %23 = bitcast i8* %22 to i64*
  store i64 0, i64* %23, align 8, !tbaa !11
  %24 = getelementptr inbounds i8, i8* %15, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %24, i8* nonnull align 1 %19, i64 %9, i1 false) #32
  %25 = getelementptr inbounds i8, i8* %24, i64 %9
  store i8 0, i8* %25, align 1, !tbaa !13
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6) #32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5) #32
  ret %struct.EmStr* %20
}

; Function Attrs: nounwind
define noalias %struct.EmStr* @ember_str_rstrip(%struct.EmStr* nocapture noundef readonly %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = bitcast i64* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5) #32
  %6 = bitcast i64* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %6) #32
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 2, %struct.EmStr* noundef %1, i64* noundef nonnull %3, i64* noundef nonnull %4) #32
  %7 = load i64, i64* %3, align 8, !tbaa !11
  %8 = load i64, i64* %4, align 8, !tbaa !11
  %9 = sub nsw i64 %8, %7
  %10 = add nsw i64 %9, 17
  %11 = icmp sgt i64 %9, -18
  br i1 %11, label %12, label %17

12:                                               ; preds = %2
  %13 = icmp eq i64 %10, 0
  %14 = select i1 %13, i64 1, i64 %10
  %15 = tail call noalias i8* @malloc(i64 noundef %14) #32
  %16 = icmp eq i8* %15, null
  br i1 %16, label %17, label %18

17:                                               ; preds = %12, %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

18:                                               ; preds = %12
  %19 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %7
  %20 = bitcast i8* %15 to %struct.EmStr*
  %21 = bitcast i8* %15 to i64*
  store i64 %9, i64* %21, align 8, !tbaa !11
  %22 = getelementptr inbounds i8, i8* %15, i64 8
  %23 = bitcast i8* %22 to i64*
  store i64 0, i64* %23, align 8, !tbaa !11
  %24 = getelementptr inbounds i8, i8* %15, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %24, i8* nonnull align 1 %19, i64 %9, i1 false) #32
  %25 = getelementptr inbounds i8, i8* %24, i64 %9
  store i8 0, i8* %25, align 1, !tbaa !13
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %6) #32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5) #32
  ret %struct.EmStr* %20
}

; Function Attrs: nounwind
define %struct.EmStr* @ember_str_replace(%struct.EmStr* noundef %0, %struct.EmStr* nocapture noundef readonly %1, %struct.EmStr* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %5 = icmp eq i8* %4, null
  br i1 %5, label %6, label %7

6:                                                ; preds = %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, i8* %4, i64 8
  %9 = bitcast i8* %8 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %9, align 8, !tbaa !11
  %10 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %11 = icmp eq i8* %10, null
  br i1 %11, label %12, label %13

12:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

13:                                               ; preds = %7
  %14 = bitcast i8* %4 to %struct.EmBuf*
  %15 = bitcast i8* %4 to i8**
  store i8* %10, i8** %15, align 8, !tbaa !43
  %16 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %17 = load i64, i64* %16, align 8, !tbaa !11
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %29, label %19

19:                                               ; preds = %13
  %20 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %21 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %22 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %23 = ptrtoint i8* %20 to i64
  %24 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 1
  %25 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 2
  %26 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 0
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 0
  %28 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 0
  br label %124

29:                                               ; preds = %13
  %30 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 0
  %31 = load i64, i64* %30, align 8, !tbaa !11
  %32 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 1
  %33 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 2
  %34 = icmp sgt i64 %31, 48
  br i1 %34, label %35, label %44

35:                                               ; preds = %29
  %36 = icmp ugt i64 %31, 96
  %37 = select i1 %36, i64 %31, i64 96
  %38 = add nuw nsw i64 %37, 17
  %39 = tail call i8* @realloc(i8* noundef nonnull %10, i64 noundef %38) #32
  %40 = icmp eq i8* %39, null
  br i1 %40, label %41, label %42

41:                                               ; preds = %35
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

42:                                               ; preds = %35
  %43 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 0
  store i8* %39, i8** %43, align 8, !tbaa !43
  store i64 %37, i64* %33, align 8, !tbaa !66
  br label %44

44:                                               ; preds = %29, %42
  %45 = phi i64 [ %37, %42 ], [ 48, %29 ]
  %46 = phi i8* [ %39, %42 ], [ %10, %29 ]
  %47 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 0
  %48 = getelementptr inbounds i8, i8* %46, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %48, i8* nonnull align 1 %47, i64 %31, i1 false) #32
  store i64 %31, i64* %32, align 8, !tbaa !45
  %49 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %50 = load i64, i64* %49, align 8, !tbaa !11
  %51 = icmp sgt i64 %50, 0
  br i1 %51, label %52, label %54

52:                                               ; preds = %44
  %53 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %14, i64 0, i32 0
  br label %62

54:                                               ; preds = %116, %44
  %55 = phi i64 [ %31, %44 ], [ %98, %116 ]
  %56 = phi i8* [ %46, %44 ], [ %118, %116 ]
  %57 = bitcast i8* %56 to %struct.EmStr*
  %58 = bitcast i8* %56 to i64*
  store i64 %55, i64* %58, align 8, !tbaa !11
  %59 = getelementptr inbounds i8, i8* %56, i64 8
  %60 = bitcast i8* %59 to i64*
  store i64 0, i64* %60, align 8, !tbaa !11
  %61 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %57, i64 0, i32 2, i64 %55
  br label %247

62:                                               ; preds = %52, %116
  %63 = phi i8* [ %46, %52 ], [ %118, %116 ]
  %64 = phi i64 [ %45, %52 ], [ %117, %116 ]
  %65 = phi i64 [ %31, %52 ], [ %98, %116 ]
  %66 = phi i64 [ 0, %52 ], [ %121, %116 ]
  %67 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %66
  %68 = load i8, i8* %67, align 1, !tbaa !13
  %69 = icmp sgt i8 %68, -1
  br i1 %69, label %75, label %70

70:                                               ; preds = %62
  %71 = icmp ult i8 %68, -32
  br i1 %71, label %75, label %72

72:                                               ; preds = %70
  %73 = icmp ult i8 %68, -16
  %74 = select i1 %73, i64 3, i64 4
  br label %75

75:                                               ; preds = %72, %70, %62
  %76 = phi i64 [ 1, %62 ], [ 2, %70 ], [ %74, %72 ]
  %77 = add nsw i64 %65, %76
  %78 = icmp sgt i64 %77, %64
  br i1 %78, label %79, label %92

79:                                               ; preds = %75
  %80 = shl nsw i64 %64, 1
  %81 = icmp sgt i64 %80, %77
  %82 = select i1 %81, i64 %80, i64 %77
  %83 = add nsw i64 %82, 17
  %84 = icmp sgt i64 %82, -18
  br i1 %84, label %85, label %90

85:                                               ; preds = %79
  %86 = icmp eq i64 %83, 0
  %87 = select i1 %86, i64 1, i64 %83
  %88 = tail call i8* @realloc(i8* noundef %63, i64 noundef %87) #32
  %89 = icmp eq i8* %88, null
  br i1 %89, label %90, label %91

90:                                               ; preds = %85, %79
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

91:                                               ; preds = %85
  store i8* %88, i8** %53, align 8, !tbaa !43
  br label %92

92:                                               ; preds = %75, %91
  %93 = phi i64 [ %82, %91 ], [ %64, %75 ]
  %94 = phi i8* [ %88, %91 ], [ %63, %75 ]
  %95 = getelementptr inbounds i8, i8* %94, i64 16
  %96 = getelementptr inbounds i8, i8* %95, i64 %65
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %96, i8* noundef nonnull align 1 %67, i64 %76, i1 false) #32
  %97 = load i64, i64* %30, align 8, !tbaa !11
  %98 = add nsw i64 %97, %77
  %99 = icmp sgt i64 %98, %93
  br i1 %99, label %102, label %100

100:                                              ; preds = %92
  %101 = load i8*, i8** %53, align 8, !tbaa !43
  br label %116

102:                                              ; preds = %92
  %103 = shl nsw i64 %93, 1
  %104 = icmp sgt i64 %103, %98
  %105 = select i1 %104, i64 %103, i64 %98
  %106 = add nsw i64 %105, 17
  %107 = icmp sgt i64 %105, -18
  br i1 %107, label %108, label %114

108:                                              ; preds = %102
  %109 = load i8*, i8** %53, align 8, !tbaa !43
  %110 = icmp eq i64 %106, 0
  %111 = select i1 %110, i64 1, i64 %106
  %112 = tail call i8* @realloc(i8* noundef %109, i64 noundef %111) #32
  %113 = icmp eq i8* %112, null
  br i1 %113, label %114, label %115

114:                                              ; preds = %108, %102
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

115:                                              ; preds = %108
  store i8* %112, i8** %53, align 8, !tbaa !43
  br label %116

116:                                              ; preds = %100, %115
  %117 = phi i64 [ %93, %100 ], [ %105, %115 ]
  %118 = phi i8* [ %101, %100 ], [ %112, %115 ]
  %119 = getelementptr inbounds i8, i8* %118, i64 16
  %120 = getelementptr inbounds i8, i8* %119, i64 %77
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %120, i8* nonnull align 1 %47, i64 %97, i1 false) #32
  %121 = add nuw nsw i64 %76, %66
  %122 = load i64, i64* %49, align 8, !tbaa !11
  %123 = icmp slt i64 %121, %122
  br i1 %123, label %62, label %54, !llvm.loop !97

124:                                              ; preds = %19, %240
  %125 = phi i8* [ %242, %240 ], [ %10, %19 ]
  %126 = phi i64 [ %241, %240 ], [ 48, %19 ]
  %127 = phi i64 [ %221, %240 ], [ 0, %19 ]
  %128 = phi i64 [ %245, %240 ], [ %17, %19 ]
  %129 = phi i64 [ %246, %240 ], [ 0, %19 ]
  %130 = load i64, i64* %21, align 8, !tbaa !11
  %131 = icmp eq i64 %128, 0
  br i1 %131, label %132, label %134

132:                                              ; preds = %124
  %133 = icmp slt i64 %130, %129
  br i1 %133, label %163, label %160

134:                                              ; preds = %124
  %135 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %130
  %136 = sub i64 0, %128
  %137 = getelementptr inbounds i8, i8* %135, i64 %136
  %138 = getelementptr inbounds i8, i8* %137, i64 1
  %139 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %129
  %140 = icmp ult i8* %139, %138
  br i1 %140, label %141, label %163

141:                                              ; preds = %134
  %142 = load i8, i8* %22, align 1, !tbaa !13
  %143 = sext i8 %142 to i32
  %144 = ptrtoint i8* %138 to i64
  br label %145

145:                                              ; preds = %157, %141
  %146 = phi i8* [ %139, %141 ], [ %158, %157 ]
  %147 = ptrtoint i8* %146 to i64
  %148 = sub i64 %144, %147
  %149 = tail call i8* @memchr(i8* noundef nonnull %146, i32 noundef %143, i64 noundef %148) #33
  %150 = icmp eq i8* %149, null
  br i1 %150, label %163, label %151

151:                                              ; preds = %145
  %152 = tail call i32 @bcmp(i8* nonnull %149, i8* nonnull %22, i64 %128) #32
  %153 = icmp eq i32 %152, 0
  br i1 %153, label %154, label %157

154:                                              ; preds = %151
  %155 = ptrtoint i8* %149 to i64
  %156 = sub i64 %155, %23
  br label %160

157:                                              ; preds = %151
  %158 = getelementptr inbounds i8, i8* %149, i64 1
  %159 = icmp ult i8* %149, %137
  br i1 %159, label %145, label %163, !llvm.loop !77

160:                                              ; preds = %132, %154
  %161 = phi i64 [ %129, %132 ], [ %156, %154 ]
  %162 = icmp sgt i64 %161, -1
  br i1 %162, label %194, label %163

163:                                              ; preds = %132, %134, %160, %157, %145
  %164 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %129
  %165 = sub nsw i64 %130, %129
  %166 = add nsw i64 %127, %165
  %167 = icmp sgt i64 %166, %126
  br i1 %167, label %168, label %182

168:                                              ; preds = %163
  %169 = shl nsw i64 %126, 1
  %170 = icmp sgt i64 %169, %166
  %171 = select i1 %170, i64 %169, i64 %166
  %172 = add nsw i64 %171, 17
  %173 = icmp sgt i64 %171, -18
  br i1 %173, label %174, label %179

174:                                              ; preds = %168
  %175 = icmp eq i64 %172, 0
  %176 = select i1 %175, i64 1, i64 %172
  %177 = tail call i8* @realloc(i8* noundef %125, i64 noundef %176) #32
  %178 = icmp eq i8* %177, null
  br i1 %178, label %179, label %180

179:                                              ; preds = %174, %168
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

180:                                              ; preds = %174
  store i8* %177, i8** %26, align 8, !tbaa !43
  %181 = load i64, i64* %24, align 8, !tbaa !45
  br label %182

182:                                              ; preds = %163, %180
  %183 = phi i64 [ %181, %180 ], [ %127, %163 ]
  %184 = phi i8* [ %177, %180 ], [ %125, %163 ]
  %185 = getelementptr inbounds i8, i8* %184, i64 16
  %186 = getelementptr inbounds i8, i8* %185, i64 %183
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %186, i8* nonnull align 1 %164, i64 %165, i1 false) #32
  %187 = load i64, i64* %24, align 8, !tbaa !45
  %188 = add nsw i64 %187, %165
  %189 = bitcast i8* %4 to %struct.EmStr**
  %190 = load %struct.EmStr*, %struct.EmStr** %189, align 8, !tbaa !43
  %191 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %190, i64 0, i32 0
  store i64 %188, i64* %191, align 8, !tbaa !11
  %192 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %190, i64 0, i32 1
  store i64 0, i64* %192, align 8, !tbaa !11
  %193 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %190, i64 0, i32 2, i64 %188
  br label %247

194:                                              ; preds = %160
  %195 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %129
  %196 = sub nsw i64 %161, %129
  %197 = add nsw i64 %127, %196
  %198 = icmp sgt i64 %197, %126
  br i1 %198, label %199, label %213

199:                                              ; preds = %194
  %200 = shl nsw i64 %126, 1
  %201 = icmp sgt i64 %200, %197
  %202 = select i1 %201, i64 %200, i64 %197
  %203 = add nsw i64 %202, 17
  %204 = icmp sgt i64 %202, -18
  br i1 %204, label %205, label %210

205:                                              ; preds = %199
  %206 = icmp eq i64 %203, 0
  %207 = select i1 %206, i64 1, i64 %203
  %208 = tail call i8* @realloc(i8* noundef %125, i64 noundef %207) #32
  %209 = icmp eq i8* %208, null
  br i1 %209, label %210, label %211

210:                                              ; preds = %205, %199
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

211:                                              ; preds = %205
  store i8* %208, i8** %26, align 8, !tbaa !43
  store i64 %202, i64* %25, align 8, !tbaa !66
  %212 = load i64, i64* %24, align 8, !tbaa !45
  br label %213

213:                                              ; preds = %194, %211
  %214 = phi i64 [ %212, %211 ], [ %127, %194 ]
  %215 = phi i8* [ %208, %211 ], [ %125, %194 ]
  %216 = getelementptr inbounds i8, i8* %215, i64 16
  %217 = getelementptr inbounds i8, i8* %216, i64 %214
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %217, i8* nonnull align 1 %195, i64 %196, i1 false) #32
  %218 = load i64, i64* %24, align 8, !tbaa !45
  %219 = add nsw i64 %218, %196
  %220 = load i64, i64* %27, align 8, !tbaa !11
  %221 = add nsw i64 %220, %219
  %222 = load i64, i64* %25, align 8, !tbaa !66
  %223 = icmp sgt i64 %221, %222
  br i1 %223, label %226, label %224

224:                                              ; preds = %213
  %225 = load i8*, i8** %26, align 8, !tbaa !43
  br label %240

226:                                              ; preds = %213
  %227 = shl nsw i64 %222, 1
  %228 = icmp sgt i64 %227, %221
  %229 = select i1 %228, i64 %227, i64 %221
  %230 = add nsw i64 %229, 17
  %231 = icmp sgt i64 %229, -18
  br i1 %231, label %232, label %238

232:                                              ; preds = %226
  %233 = load i8*, i8** %26, align 8, !tbaa !43
  %234 = icmp eq i64 %230, 0
  %235 = select i1 %234, i64 1, i64 %230
  %236 = tail call i8* @realloc(i8* noundef %233, i64 noundef %235) #32
  %237 = icmp eq i8* %236, null
  br i1 %237, label %238, label %239

238:                                              ; preds = %232, %226
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

239:                                              ; preds = %232
  store i8* %236, i8** %26, align 8, !tbaa !43
  store i64 %229, i64* %25, align 8, !tbaa !66
  br label %240

240:                                              ; preds = %224, %239
  %241 = phi i64 [ %222, %224 ], [ %229, %239 ]
  %242 = phi i8* [ %225, %224 ], [ %236, %239 ]
  %243 = getelementptr inbounds i8, i8* %242, i64 16
  %244 = getelementptr inbounds i8, i8* %243, i64 %219
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %244, i8* nonnull align 1 %28, i64 %220, i1 false) #32
  store i64 %221, i64* %24, align 8, !tbaa !45
  %245 = load i64, i64* %16, align 8, !tbaa !11
  %246 = add nsw i64 %245, %161
  br label %124, !llvm.loop !98

247:                                              ; preds = %182, %54
  %248 = phi i8* [ %193, %182 ], [ %61, %54 ]
  %249 = phi %struct.EmStr* [ %190, %182 ], [ %57, %54 ]
  store i8 0, i8* %248, align 1, !tbaa !13
  tail call void @free(i8* noundef nonnull %4) #32
  ret %struct.EmStr* %249
}

; Function Attrs: nounwind
define noalias %struct.EmList* @ember_str_split(%struct.EmStr* noundef %0, %struct.EmStr* noundef readonly %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.6, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #35
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
  %38 = load i8, i8* %20, align 1, !tbaa !13
  %39 = sext i8 %38 to i32
  %40 = ptrtoint i8* %34 to i64
  br label %41

41:                                               ; preds = %53, %37
  %42 = phi i8* [ %35, %37 ], [ %54, %53 ]
  %43 = ptrtoint i8* %42 to i64
  %44 = sub i64 %40, %43
  %45 = tail call i8* @memchr(i8* noundef nonnull %42, i32 noundef %39, i64 noundef %44) #33
  %46 = icmp eq i8* %45, null
  br i1 %46, label %59, label %47

47:                                               ; preds = %41
  %48 = tail call i32 @bcmp(i8* nonnull %45, i8* nonnull %20, i64 %24) #32
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %53

50:                                               ; preds = %47
  %51 = ptrtoint i8* %45 to i64
  %52 = sub i64 %51, %21
  br label %56

53:                                               ; preds = %47
  %54 = getelementptr inbounds i8, i8* %45, i64 1
  %55 = icmp ult i8* %45, %33
  br i1 %55, label %41, label %59, !llvm.loop !77

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
  br label %23, !llvm.loop !99

67:                                               ; preds = %9, %203
  %68 = phi i64 [ %207, %203 ], [ %11, %9 ]
  %69 = phi i64 [ %204, %203 ], [ 0, %9 ]
  br label %70

70:                                               ; preds = %67, %129
  %71 = phi i64 [ %132, %129 ], [ %69, %67 ]
  %72 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %71
  %73 = load i8, i8* %72, align 1, !tbaa !13
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
  %90 = load i8, i8* %89, align 1, !tbaa !13
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
  %100 = load i8, i8* %99, align 1, !tbaa !13
  %101 = and i8 %100, 63
  %102 = zext i8 %101 to i32
  %103 = shl nuw nsw i32 %102, 12
  %104 = or i32 %103, %98
  %105 = getelementptr inbounds i8, i8* %72, i64 2
  %106 = load i8, i8* %105, align 1, !tbaa !13
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
  %116 = load i8, i8* %115, align 1, !tbaa !13
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
  br i1 %133, label %70, label %134, !llvm.loop !100

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
  %142 = load i8, i8* %141, align 1, !tbaa !13
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
  %159 = load i8, i8* %158, align 1, !tbaa !13
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
  %169 = load i8, i8* %168, align 1, !tbaa !13
  %170 = and i8 %169, 63
  %171 = zext i8 %170 to i32
  %172 = shl nuw nsw i32 %171, 12
  %173 = or i32 %172, %167
  %174 = getelementptr inbounds i8, i8* %141, i64 2
  %175 = load i8, i8* %174, align 1, !tbaa !13
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
  %185 = load i8, i8* %184, align 1, !tbaa !13
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
  br i1 %202, label %139, label %203, !llvm.loop !101

203:                                              ; preds = %198, %190, %190, %190, %194, %194, %194, %194, %194, %191, %195, %195, %195, %195, %195, %195, %195, %195, %195, %195, %137
  %204 = phi i64 [ %135, %137 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %195 ], [ %140, %191 ], [ %140, %194 ], [ %140, %194 ], [ %140, %194 ], [ %140, %194 ], [ %140, %194 ], [ %140, %190 ], [ %140, %190 ], [ %140, %190 ], [ %201, %198 ]
  %205 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %135
  %206 = sub nsw i64 %204, %135
  tail call fastcc void @push_str(%struct.EmList* noundef nonnull %7, i8* noundef nonnull %205, i64 noundef %206)
  %207 = load i64, i64* %10, align 8, !tbaa !11
  %208 = icmp slt i64 %204, %207
  br i1 %208, label %67, label %209, !llvm.loop !102

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
  %9 = tail call noalias i8* @malloc(i64 noundef %8) #32
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6, %3
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

12:                                               ; preds = %6
  %13 = bitcast i8* %9 to i64*
  store i64 %2, i64* %13, align 8, !tbaa !11
  %14 = getelementptr inbounds i8, i8* %9, i64 8
  %15 = bitcast i8* %14 to i64*
  store i64 0, i64* %15, align 8, !tbaa !11
  %16 = getelementptr inbounds i8, i8* %9, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %16, i8* align 1 %1, i64 %2, i1 false) #32
  %17 = getelementptr inbounds i8, i8* %16, i64 %2
  store i8 0, i8* %17, align 1, !tbaa !13
  %18 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %19 = load i64, i64* %18, align 8, !tbaa !14
  %20 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %21 = load i64, i64* %20, align 8, !tbaa !16
  %22 = icmp slt i64 %19, %21
  br i1 %22, label %31, label %23

23:                                               ; preds = %12
  %24 = add nsw i64 %19, 1
  %25 = shl nsw i64 %21, 1
  %26 = icmp sgt i64 %25, 4
  %27 = select i1 %26, i64 %25, i64 4
  %28 = icmp slt i64 %27, %24
  %29 = select i1 %28, i64 %24, i64 %27
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef 8, i64 noundef %29) #32
  %30 = load i64, i64* %18, align 8, !tbaa !14
  br label %31

31:                                               ; preds = %12, %23
  %32 = phi i64 [ %30, %23 ], [ %19, %12 ]
  %33 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %34 = load i8*, i8** %33, align 8, !tbaa !17
  %35 = add nsw i64 %32, 1
  store i64 %35, i64* %18, align 8, !tbaa !14
  %36 = shl nsw i64 %32, 3
  %37 = getelementptr inbounds i8, i8* %34, i64 %36
  %38 = bitcast i8* %37 to i8**
  store i8* %9, i8** %38, align 8, !tbaa !7
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
define %struct.EmStr* @ember_str_join(%struct.EmStr* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 16
  %8 = bitcast i8* %7 to i64*
  store i64 48, i64* %8, align 8, !tbaa !66
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

12:                                               ; preds = %6
  %13 = bitcast i8* %3 to %struct.EmBuf*
  %14 = bitcast i8* %3 to i8**
  store i8* %9, i8** %14, align 8, !tbaa !43
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %16 = bitcast i8** %15 to %struct.EmStr***
  %17 = load %struct.EmStr**, %struct.EmStr*** %16, align 8, !tbaa !17
  %18 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %19 = load i64, i64* %18, align 8, !tbaa !14
  %20 = icmp sgt i64 %19, 0
  %21 = bitcast i8* %9 to %struct.EmStr*
  br i1 %20, label %22, label %49

22:                                               ; preds = %12
  %23 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 0
  %24 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 1
  %25 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 2
  %26 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %13, i64 0, i32 0
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 0
  %28 = load %struct.EmStr*, %struct.EmStr** %17, align 8, !tbaa !7
  %29 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %28, i64 0, i32 0
  %30 = load i64, i64* %29, align 8, !tbaa !11
  %31 = icmp sgt i64 %30, 48
  br i1 %31, label %32, label %40

32:                                               ; preds = %22
  %33 = icmp ugt i64 %30, 96
  %34 = select i1 %33, i64 %30, i64 96
  %35 = add nuw nsw i64 %34, 17
  %36 = tail call i8* @realloc(i8* noundef nonnull %9, i64 noundef %35) #32
  %37 = icmp eq i8* %36, null
  br i1 %37, label %101, label %38

38:                                               ; preds = %32
  store i8* %36, i8** %26, align 8, !tbaa !43
  store i64 %34, i64* %25, align 8, !tbaa !66
  %39 = bitcast i8* %36 to %struct.EmStr*
  br label %40

40:                                               ; preds = %22, %38
  %41 = phi %struct.EmStr* [ %39, %38 ], [ %21, %22 ]
  %42 = phi i64 [ %34, %38 ], [ 48, %22 ]
  %43 = phi i8* [ %36, %38 ], [ %9, %22 ]
  %44 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %28, i64 0, i32 2, i64 0
  %45 = getelementptr inbounds i8, i8* %43, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %45, i8* nonnull align 1 %44, i64 %30, i1 false) #32
  store i64 %30, i64* %24, align 8, !tbaa !45
  %46 = icmp ugt i64 %19, 1
  br i1 %46, label %55, label %49

47:                                               ; preds = %103
  %48 = bitcast i8* %105 to %struct.EmStr*
  br label %49

49:                                               ; preds = %40, %47, %12
  %50 = phi i64 [ 0, %12 ], [ %85, %47 ], [ %30, %40 ]
  %51 = phi %struct.EmStr* [ %21, %12 ], [ %48, %47 ], [ %41, %40 ]
  %52 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %51, i64 0, i32 0
  store i64 %50, i64* %52, align 8, !tbaa !11
  %53 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %51, i64 0, i32 1
  store i64 0, i64* %53, align 8, !tbaa !11
  %54 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %51, i64 0, i32 2, i64 %50
  store i8 0, i8* %54, align 1, !tbaa !13
  tail call void @free(i8* noundef nonnull %3) #32
  ret %struct.EmStr* %51

55:                                               ; preds = %40, %103
  %56 = phi i64 [ %104, %103 ], [ %42, %40 ]
  %57 = phi i8* [ %105, %103 ], [ %43, %40 ]
  %58 = phi i64 [ %85, %103 ], [ %30, %40 ]
  %59 = phi i64 [ %109, %103 ], [ 1, %40 ]
  %60 = load i64, i64* %23, align 8, !tbaa !11
  %61 = add nsw i64 %58, %60
  %62 = icmp sgt i64 %61, %56
  br i1 %62, label %63, label %76

63:                                               ; preds = %55
  %64 = shl nsw i64 %56, 1
  %65 = icmp sgt i64 %64, %61
  %66 = select i1 %65, i64 %64, i64 %61
  %67 = add nsw i64 %66, 17
  %68 = icmp sgt i64 %66, -18
  br i1 %68, label %69, label %74

69:                                               ; preds = %63
  %70 = icmp eq i64 %67, 0
  %71 = select i1 %70, i64 1, i64 %67
  %72 = tail call i8* @realloc(i8* noundef %57, i64 noundef %71) #32
  %73 = icmp eq i8* %72, null
  br i1 %73, label %74, label %75

74:                                               ; preds = %69, %63
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

75:                                               ; preds = %69
  store i8* %72, i8** %26, align 8, !tbaa !43
  store i64 %66, i64* %25, align 8, !tbaa !66
  br label %76

76:                                               ; preds = %75, %55
  %77 = phi i8* [ %72, %75 ], [ %57, %55 ]
  %78 = getelementptr inbounds i8, i8* %77, i64 16
  %79 = getelementptr inbounds i8, i8* %78, i64 %58
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %79, i8* nonnull align 1 %27, i64 %60, i1 false) #32
  %80 = load i64, i64* %25, align 8, !tbaa !66
  %81 = getelementptr inbounds %struct.EmStr*, %struct.EmStr** %17, i64 %59
  %82 = load %struct.EmStr*, %struct.EmStr** %81, align 8, !tbaa !7
  %83 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %82, i64 0, i32 0
  %84 = load i64, i64* %83, align 8, !tbaa !11
  %85 = add nsw i64 %61, %84
  %86 = icmp sgt i64 %85, %80
  br i1 %86, label %89, label %87

87:                                               ; preds = %76
  %88 = load i8*, i8** %26, align 8, !tbaa !43
  br label %103

89:                                               ; preds = %76
  %90 = shl nsw i64 %80, 1
  %91 = icmp sgt i64 %90, %85
  %92 = select i1 %91, i64 %90, i64 %85
  %93 = add nsw i64 %92, 17
  %94 = icmp sgt i64 %92, -18
  br i1 %94, label %95, label %101

95:                                               ; preds = %89
  %96 = load i8*, i8** %26, align 8, !tbaa !43
  %97 = icmp eq i64 %93, 0
  %98 = select i1 %97, i64 1, i64 %93
  %99 = tail call i8* @realloc(i8* noundef %96, i64 noundef %98) #32
  %100 = icmp eq i8* %99, null
  br i1 %100, label %101, label %102

101:                                              ; preds = %95, %89, %32
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

102:                                              ; preds = %95
  store i8* %99, i8** %26, align 8, !tbaa !43
  store i64 %92, i64* %25, align 8, !tbaa !66
  br label %103

103:                                              ; preds = %87, %102
  %104 = phi i64 [ %80, %87 ], [ %92, %102 ]
  %105 = phi i8* [ %88, %87 ], [ %99, %102 ]
  %106 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %82, i64 0, i32 2, i64 0
  %107 = getelementptr inbounds i8, i8* %105, i64 16
  %108 = getelementptr inbounds i8, i8* %107, i64 %61
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %108, i8* nonnull align 1 %106, i64 %84, i1 false) #32
  store i64 %85, i64* %24, align 8, !tbaa !45
  %109 = add nuw nsw i64 %59, 1
  %110 = load i64, i64* %18, align 8, !tbaa !14
  %111 = icmp slt i64 %109, %110
  br i1 %111, label %55, label %47, !llvm.loop !103
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
  %12 = load i8, i8* %11, align 1, !tbaa !13
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
  %23 = load i8, i8* %22, align 1, !tbaa !13
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
  %34 = load i8, i8* %33, align 1, !tbaa !13
  %35 = and i8 %34, 63
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 6
  %38 = or i32 %37, %32
  %39 = getelementptr inbounds i8, i8* %11, i64 2
  %40 = load i8, i8* %39, align 1, !tbaa !13
  %41 = and i8 %40, 63
  %42 = zext i8 %41 to i32
  %43 = or i32 %38, %42
  br label %65

44:                                               ; preds = %27
  %45 = and i8 %12, 7
  %46 = zext i8 %45 to i32
  %47 = shl nuw nsw i32 %46, 18
  %48 = getelementptr inbounds i8, i8* %11, i64 1
  %49 = load i8, i8* %48, align 1, !tbaa !13
  %50 = and i8 %49, 63
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 12
  %53 = or i32 %52, %47
  %54 = getelementptr inbounds i8, i8* %11, i64 2
  %55 = load i8, i8* %54, align 1, !tbaa !13
  %56 = and i8 %55, 63
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 6
  %59 = or i32 %53, %58
  %60 = getelementptr inbounds i8, i8* %11, i64 3
  %61 = load i8, i8* %60, align 1, !tbaa !13
  %62 = and i8 %61, 63
  %63 = zext i8 %62 to i32
  %64 = or i32 %59, %63
  br label %65

65:                                               ; preds = %14, %18, %29, %44
  %66 = phi i64 [ 1, %14 ], [ 2, %18 ], [ 3, %29 ], [ 4, %44 ]
  %67 = phi i32 [ %15, %14 ], [ %26, %18 ], [ %43, %29 ], [ %64, %44 ]
  %68 = tail call i32 %1(i32 noundef %67) #32, !callees !104
  %69 = icmp eq i32 %68, 0
  br i1 %69, label %74, label %70, !llvm.loop !105

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
define internal i32 @is_digit_cp(i32 noundef %0) #18 {
  %2 = icmp slt i32 %0, 128
  br i1 %2, label %3, label %18

3:                                                ; preds = %1
  %4 = add i32 %0, -48
  %5 = icmp ult i32 %4, 10
  br label %36

6:                                                ; preds = %18
  %7 = or i64 %19, 1
  %8 = icmp eq i64 %7, 19
  br i1 %8, label %26, label %9, !llvm.loop !106

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
  %18 = tail call fastcc i32 @cp_upper(i32 noundef %0) #32
  %19 = icmp eq i32 %18, %0
  br i1 %19, label %20, label %23

20:                                               ; preds = %17
  %21 = tail call fastcc i32 @cp_lower(i32 noundef %0) #32
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
define internal i32 @is_alnum_cp(i32 noundef %0) #18 {
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
  br i1 %11, label %29, label %12, !llvm.loop !106

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
define i32 @ember_str_isupper(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #19 {
  %2 = tail call fastcc i32 @str_case_is(%struct.EmStr* noundef %0, i32 noundef 1)
  ret i32 %2
}

; Function Attrs: nofree nosync nounwind readonly
define internal fastcc i32 @str_case_is(%struct.EmStr* nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #19 {
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
  %12 = load i8, i8* %11, align 1, !tbaa !13
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
  %23 = load i8, i8* %22, align 1, !tbaa !13
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
  %34 = load i8, i8* %33, align 1, !tbaa !13
  %35 = and i8 %34, 63
  %36 = zext i8 %35 to i32
  %37 = shl nuw nsw i32 %36, 6
  %38 = or i32 %37, %32
  %39 = getelementptr inbounds i8, i8* %11, i64 2
  %40 = load i8, i8* %39, align 1, !tbaa !13
  %41 = and i8 %40, 63
  %42 = zext i8 %41 to i32
  %43 = or i32 %38, %42
  br label %65

44:                                               ; preds = %27
  %45 = and i8 %12, 7
  %46 = zext i8 %45 to i32
  %47 = shl nuw nsw i32 %46, 18
  %48 = getelementptr inbounds i8, i8* %11, i64 1
  %49 = load i8, i8* %48, align 1, !tbaa !13
  %50 = and i8 %49, 63
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 12
  %53 = or i32 %52, %47
  %54 = getelementptr inbounds i8, i8* %11, i64 2
  %55 = load i8, i8* %54, align 1, !tbaa !13
  %56 = and i8 %55, 63
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 6
  %59 = or i32 %53, %58
  %60 = getelementptr inbounds i8, i8* %11, i64 3
  %61 = load i8, i8* %60, align 1, !tbaa !13
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
  br i1 %79, label %8, label %80, !llvm.loop !107

80:                                               ; preds = %75, %74, %73, %2
  %81 = phi i32 [ 0, %2 ], [ 0, %73 ], [ 0, %74 ], [ %78, %75 ]
  ret i32 %81
}

; Function Attrs: nofree nosync nounwind readonly
define i32 @ember_str_islower(%struct.EmStr* nocapture noundef readonly %0) local_unnamed_addr #19 {
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
  %3 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, i8* %3, i64 8
  %8 = bitcast i8* %7 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %8, align 8, !tbaa !11
  %9 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %10 = icmp eq i8* %9, null
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  store i8 0, i8* %32, align 1, !tbaa !13
  tail call void @free(i8* noundef nonnull %3) #32
  ret %struct.EmStr* %29

33:                                               ; preds = %20, %110
  %34 = phi i32 [ 0, %20 ], [ %111, %110 ]
  %35 = phi i64 [ 0, %20 ], [ %112, %110 ]
  %36 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %35
  %37 = load i8, i8* %36, align 1, !tbaa !13
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
  %48 = load i8, i8* %47, align 1, !tbaa !13
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
  %59 = load i8, i8* %58, align 1, !tbaa !13
  %60 = and i8 %59, 63
  %61 = zext i8 %60 to i32
  %62 = shl nuw nsw i32 %61, 6
  %63 = or i32 %62, %57
  %64 = getelementptr inbounds i8, i8* %36, i64 2
  %65 = load i8, i8* %64, align 1, !tbaa !13
  %66 = and i8 %65, 63
  %67 = zext i8 %66 to i32
  %68 = or i32 %63, %67
  br label %90

69:                                               ; preds = %52
  %70 = and i8 %37, 7
  %71 = zext i8 %70 to i32
  %72 = shl nuw nsw i32 %71, 18
  %73 = getelementptr inbounds i8, i8* %36, i64 1
  %74 = load i8, i8* %73, align 1, !tbaa !13
  %75 = and i8 %74, 63
  %76 = zext i8 %75 to i32
  %77 = shl nuw nsw i32 %76, 12
  %78 = or i32 %77, %72
  %79 = getelementptr inbounds i8, i8* %36, i64 2
  %80 = load i8, i8* %79, align 1, !tbaa !13
  %81 = and i8 %80, 63
  %82 = zext i8 %81 to i32
  %83 = shl nuw nsw i32 %82, 6
  %84 = or i32 %78, %83
  %85 = getelementptr inbounds i8, i8* %36, i64 3
  %86 = load i8, i8* %85, align 1, !tbaa !13
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
  %102 = tail call fastcc i32 @cp_upper(i32 noundef %92) #32
  %103 = icmp eq i32 %102, %92
  br i1 %103, label %104, label %110

104:                                              ; preds = %100
  %105 = tail call fastcc i32 @cp_lower(i32 noundef %92) #32
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
  br i1 %114, label %33, label %22, !llvm.loop !108
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
  %31 = load <2 x i8>, <2 x i8>* %30, align 1, !tbaa !13
  %32 = getelementptr inbounds i8, i8* %29, i64 2
  %33 = bitcast i8* %32 to <2 x i8>*
  %34 = load <2 x i8>, <2 x i8>* %33, align 1, !tbaa !13
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
  %46 = load <2 x i8>, <2 x i8>* %45, align 1, !tbaa !13
  %47 = getelementptr inbounds i8, i8* %44, i64 2
  %48 = bitcast i8* %47 to <2 x i8>*
  %49 = load <2 x i8>, <2 x i8>* %48, align 1, !tbaa !13
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
  br i1 %60, label %61, label %24, !llvm.loop !109

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
  %71 = load <2 x i8>, <2 x i8>* %70, align 1, !tbaa !13
  %72 = getelementptr inbounds i8, i8* %69, i64 2
  %73 = bitcast i8* %72 to <2 x i8>*
  %74 = load <2 x i8>, <2 x i8>* %73, align 1, !tbaa !13
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
  %96 = load i8, i8* %95, align 1, !tbaa !13
  %97 = and i8 %96, -64
  %98 = icmp ne i8 %97, -128
  %99 = zext i1 %98 to i64
  %100 = add nuw nsw i64 %94, %99
  %101 = add nuw nsw i64 %93, 1
  %102 = icmp eq i64 %101, %11
  br i1 %102, label %103, label %92, !llvm.loop !110

103:                                              ; preds = %92, %83
  %104 = phi i64 [ %87, %83 ], [ %100, %92 ]
  %105 = icmp eq i64 %104, 1
  br i1 %105, label %107, label %106

106:                                              ; preds = %9, %103
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([54 x i8], [54 x i8]* @.str.71, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #35
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
  %130 = load <2 x i8>, <2 x i8>* %129, align 1, !tbaa !13
  %131 = getelementptr inbounds i8, i8* %128, i64 2
  %132 = bitcast i8* %131 to <2 x i8>*
  %133 = load <2 x i8>, <2 x i8>* %132, align 1, !tbaa !13
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
  %145 = load <2 x i8>, <2 x i8>* %144, align 1, !tbaa !13
  %146 = getelementptr inbounds i8, i8* %143, i64 2
  %147 = bitcast i8* %146 to <2 x i8>*
  %148 = load <2 x i8>, <2 x i8>* %147, align 1, !tbaa !13
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
  br i1 %159, label %160, label %123, !llvm.loop !111

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
  %170 = load <2 x i8>, <2 x i8>* %169, align 1, !tbaa !13
  %171 = getelementptr inbounds i8, i8* %168, i64 2
  %172 = bitcast i8* %171 to <2 x i8>*
  %173 = load <2 x i8>, <2 x i8>* %172, align 1, !tbaa !13
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
  %195 = load i8, i8* %194, align 1, !tbaa !13
  %196 = and i8 %195, -64
  %197 = icmp ne i8 %196, -128
  %198 = zext i1 %197 to i64
  %199 = add nuw nsw i64 %193, %198
  %200 = add nuw nsw i64 %192, 1
  %201 = icmp eq i64 %200, %110
  br i1 %201, label %202, label %191, !llvm.loop !112

202:                                              ; preds = %191, %182, %107
  %203 = phi i64 [ 0, %107 ], [ %186, %182 ], [ %199, %191 ]
  %204 = sub i64 %1, %203
  %205 = icmp slt i64 %204, 1
  br i1 %205, label %206, label %222

206:                                              ; preds = %202
  %207 = add nsw i64 %110, 17
  %208 = icmp sgt i64 %110, -18
  br i1 %208, label %209, label %214

209:                                              ; preds = %206
  %210 = icmp eq i64 %207, 0
  %211 = select i1 %210, i64 1, i64 %207
  %212 = tail call noalias i8* @malloc(i64 noundef %211) #32
  %213 = icmp eq i8* %212, null
  br i1 %213, label %214, label %215

214:                                              ; preds = %209, %206
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

215:                                              ; preds = %209
  %216 = bitcast i8* %212 to %struct.EmStr*
  %217 = bitcast i8* %212 to i64*
  store i64 %110, i64* %217, align 8, !tbaa !11
  %218 = getelementptr inbounds i8, i8* %212, i64 8
  %219 = bitcast i8* %218 to i64*
  store i64 0, i64* %219, align 8, !tbaa !11
  %220 = getelementptr inbounds i8, i8* %212, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %220, i8* nonnull align 1 %108, i64 %110, i1 false) #32
  %221 = getelementptr inbounds i8, i8* %220, i64 %110
  store i8 0, i8* %221, align 1, !tbaa !13
  br label %370

222:                                              ; preds = %202
  switch i32 %3, label %224 [
    i32 0, label %229
    i32 1, label %223
  ]

223:                                              ; preds = %222
  br label %229

224:                                              ; preds = %222
  %225 = lshr i64 %204, 1
  %226 = and i64 %1, 1
  %227 = and i64 %226, %204
  %228 = add nuw nsw i64 %225, %227
  br label %229

229:                                              ; preds = %222, %223, %224
  %230 = phi i64 [ 0, %222 ], [ %204, %223 ], [ %228, %224 ]
  %231 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %232 = icmp eq i8* %231, null
  br i1 %232, label %233, label %234

233:                                              ; preds = %229
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

234:                                              ; preds = %229
  %235 = getelementptr inbounds i8, i8* %231, i64 8
  %236 = bitcast i8* %235 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %236, align 8, !tbaa !11
  %237 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %238 = icmp eq i8* %237, null
  br i1 %238, label %239, label %240

239:                                              ; preds = %234
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

240:                                              ; preds = %234
  %241 = bitcast i8* %231 to %struct.EmBuf*
  %242 = bitcast i8* %231 to i8**
  store i8* %237, i8** %242, align 8, !tbaa !43
  %243 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %241, i64 0, i32 1
  %244 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %241, i64 0, i32 2
  %245 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %241, i64 0, i32 0
  %246 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 2, i64 0
  %247 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %2, i64 0, i32 0
  br label %252

248:                                              ; preds = %332
  %249 = icmp eq i64 %230, %204
  br i1 %249, label %338, label %250

250:                                              ; preds = %248
  %251 = bitcast i8* %333 to %struct.EmStr*
  br label %364

252:                                              ; preds = %240, %332
  %253 = phi i8* [ %237, %240 ], [ %333, %332 ]
  %254 = phi i64 [ 48, %240 ], [ %334, %332 ]
  %255 = phi i64 [ 0, %240 ], [ %335, %332 ]
  %256 = phi i64 [ 0, %240 ], [ %336, %332 ]
  %257 = icmp eq i64 %256, %230
  br i1 %257, label %258, label %279

258:                                              ; preds = %252
  %259 = load i64, i64* %109, align 8, !tbaa !11
  %260 = add nsw i64 %255, %259
  %261 = icmp sgt i64 %260, %254
  br i1 %261, label %262, label %275

262:                                              ; preds = %258
  %263 = shl nsw i64 %254, 1
  %264 = icmp sgt i64 %263, %260
  %265 = select i1 %264, i64 %263, i64 %260
  %266 = add nsw i64 %265, 17
  %267 = icmp sgt i64 %265, -18
  br i1 %267, label %268, label %273

268:                                              ; preds = %262
  %269 = icmp eq i64 %266, 0
  %270 = select i1 %269, i64 1, i64 %266
  %271 = tail call i8* @realloc(i8* noundef %253, i64 noundef %270) #32
  %272 = icmp eq i8* %271, null
  br i1 %272, label %273, label %274

273:                                              ; preds = %268, %262
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

274:                                              ; preds = %268
  store i8* %271, i8** %245, align 8, !tbaa !43
  store i64 %265, i64* %244, align 8, !tbaa !66
  br label %275

275:                                              ; preds = %258, %274
  %276 = phi i8* [ %271, %274 ], [ %253, %258 ]
  %277 = getelementptr inbounds i8, i8* %276, i64 16
  %278 = getelementptr inbounds i8, i8* %277, i64 %255
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %278, i8* nonnull align 1 %108, i64 %259, i1 false) #32
  br label %279

279:                                              ; preds = %275, %252
  %280 = phi i64 [ %260, %275 ], [ %255, %252 ]
  br i1 %8, label %307, label %281

281:                                              ; preds = %279
  %282 = load i64, i64* %247, align 8, !tbaa !11
  %283 = add nsw i64 %280, %282
  %284 = load i64, i64* %244, align 8, !tbaa !66
  %285 = icmp sgt i64 %283, %284
  br i1 %285, label %288, label %286

286:                                              ; preds = %281
  %287 = load i8*, i8** %245, align 8, !tbaa !43
  br label %302

288:                                              ; preds = %281
  %289 = shl nsw i64 %284, 1
  %290 = icmp sgt i64 %289, %283
  %291 = select i1 %290, i64 %289, i64 %283
  %292 = add nsw i64 %291, 17
  %293 = icmp sgt i64 %291, -18
  br i1 %293, label %294, label %300

294:                                              ; preds = %288
  %295 = load i8*, i8** %245, align 8, !tbaa !43
  %296 = icmp eq i64 %292, 0
  %297 = select i1 %296, i64 1, i64 %292
  %298 = tail call i8* @realloc(i8* noundef %295, i64 noundef %297) #32
  %299 = icmp eq i8* %298, null
  br i1 %299, label %300, label %301

300:                                              ; preds = %294, %288
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

301:                                              ; preds = %294
  store i8* %298, i8** %245, align 8, !tbaa !43
  store i64 %291, i64* %244, align 8, !tbaa !66
  br label %302

302:                                              ; preds = %286, %301
  %303 = phi i64 [ %284, %286 ], [ %291, %301 ]
  %304 = phi i8* [ %287, %286 ], [ %298, %301 ]
  %305 = getelementptr inbounds i8, i8* %304, i64 16
  %306 = getelementptr inbounds i8, i8* %305, i64 %280
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %306, i8* nonnull align 1 %246, i64 %282, i1 false) #32
  br label %332

307:                                              ; preds = %279
  %308 = add nsw i64 %280, 1
  %309 = load i64, i64* %244, align 8, !tbaa !66
  %310 = icmp slt i64 %280, %309
  br i1 %310, label %311, label %313

311:                                              ; preds = %307
  %312 = load i8*, i8** %245, align 8, !tbaa !43
  br label %327

313:                                              ; preds = %307
  %314 = shl nsw i64 %309, 1
  %315 = icmp sgt i64 %314, %308
  %316 = select i1 %315, i64 %314, i64 %308
  %317 = add nsw i64 %316, 17
  %318 = icmp sgt i64 %316, -18
  br i1 %318, label %319, label %325

319:                                              ; preds = %313
  %320 = load i8*, i8** %245, align 8, !tbaa !43
  %321 = icmp eq i64 %317, 0
  %322 = select i1 %321, i64 1, i64 %317
  %323 = tail call i8* @realloc(i8* noundef %320, i64 noundef %322) #32
  %324 = icmp eq i8* %323, null
  br i1 %324, label %325, label %326

325:                                              ; preds = %319, %313
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

326:                                              ; preds = %319
  store i8* %323, i8** %245, align 8, !tbaa !43
  store i64 %316, i64* %244, align 8, !tbaa !66
  br label %327

327:                                              ; preds = %311, %326
  %328 = phi i64 [ %309, %311 ], [ %316, %326 ]
  %329 = phi i8* [ %312, %311 ], [ %323, %326 ]
  %330 = getelementptr inbounds i8, i8* %329, i64 16
  %331 = getelementptr inbounds i8, i8* %330, i64 %280
  store i8 32, i8* %331, align 1
  br label %332

332:                                              ; preds = %302, %327
  %333 = phi i8* [ %304, %302 ], [ %329, %327 ]
  %334 = phi i64 [ %303, %302 ], [ %328, %327 ]
  %335 = phi i64 [ %283, %302 ], [ %308, %327 ]
  store i64 %335, i64* %243, align 8, !tbaa !45
  %336 = add nuw nsw i64 %256, 1
  %337 = icmp eq i64 %336, %204
  br i1 %337, label %248, label %252, !llvm.loop !113

338:                                              ; preds = %248
  %339 = load i64, i64* %109, align 8, !tbaa !11
  %340 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %241, i64 0, i32 1
  %341 = add nsw i64 %335, %339
  %342 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %241, i64 0, i32 2
  %343 = icmp sgt i64 %341, %334
  br i1 %343, label %344, label %358

344:                                              ; preds = %338
  %345 = shl nsw i64 %334, 1
  %346 = icmp sgt i64 %345, %341
  %347 = select i1 %346, i64 %345, i64 %341
  %348 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %241, i64 0, i32 0
  %349 = add nsw i64 %347, 17
  %350 = icmp sgt i64 %347, -18
  br i1 %350, label %351, label %356

351:                                              ; preds = %344
  %352 = icmp eq i64 %349, 0
  %353 = select i1 %352, i64 1, i64 %349
  %354 = tail call i8* @realloc(i8* noundef %333, i64 noundef %353) #32
  %355 = icmp eq i8* %354, null
  br i1 %355, label %356, label %357

356:                                              ; preds = %351, %344
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

357:                                              ; preds = %351
  store i8* %354, i8** %348, align 8, !tbaa !43
  store i64 %347, i64* %342, align 8, !tbaa !66
  br label %358

358:                                              ; preds = %338, %357
  %359 = phi i8* [ %354, %357 ], [ %333, %338 ]
  %360 = getelementptr inbounds i8, i8* %359, i64 16
  %361 = getelementptr inbounds i8, i8* %360, i64 %335
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %361, i8* nonnull align 1 %108, i64 %339, i1 false) #32
  store i64 %341, i64* %340, align 8, !tbaa !45
  %362 = bitcast i8* %231 to %struct.EmStr**
  %363 = load %struct.EmStr*, %struct.EmStr** %362, align 8, !tbaa !43
  br label %364

364:                                              ; preds = %250, %358
  %365 = phi i64 [ %341, %358 ], [ %335, %250 ]
  %366 = phi %struct.EmStr* [ %363, %358 ], [ %251, %250 ]
  %367 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %366, i64 0, i32 0
  store i64 %365, i64* %367, align 8, !tbaa !11
  %368 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %366, i64 0, i32 1
  store i64 0, i64* %368, align 8, !tbaa !11
  %369 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %366, i64 0, i32 2, i64 %365
  store i8 0, i8* %369, align 1, !tbaa !13
  tail call void @free(i8* noundef nonnull %231) #32
  br label %370

370:                                              ; preds = %364, %215
  %371 = phi %struct.EmStr* [ %216, %215 ], [ %366, %364 ]
  ret %struct.EmStr* %371
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
  %25 = load <2 x i8>, <2 x i8>* %24, align 1, !tbaa !13
  %26 = getelementptr inbounds i8, i8* %23, i64 2
  %27 = bitcast i8* %26 to <2 x i8>*
  %28 = load <2 x i8>, <2 x i8>* %27, align 1, !tbaa !13
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
  %40 = load <2 x i8>, <2 x i8>* %39, align 1, !tbaa !13
  %41 = getelementptr inbounds i8, i8* %38, i64 2
  %42 = bitcast i8* %41 to <2 x i8>*
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !13
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
  br i1 %54, label %55, label %18, !llvm.loop !114

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
  %65 = load <2 x i8>, <2 x i8>* %64, align 1, !tbaa !13
  %66 = getelementptr inbounds i8, i8* %63, i64 2
  %67 = bitcast i8* %66 to <2 x i8>*
  %68 = load <2 x i8>, <2 x i8>* %67, align 1, !tbaa !13
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
  %90 = load i8, i8* %89, align 1, !tbaa !13
  %91 = and i8 %90, -64
  %92 = icmp ne i8 %91, -128
  %93 = zext i1 %92 to i64
  %94 = add nuw nsw i64 %88, %93
  %95 = add nuw nsw i64 %87, 1
  %96 = icmp eq i64 %95, %5
  br i1 %96, label %97, label %86, !llvm.loop !115

97:                                               ; preds = %86, %77, %2
  %98 = phi i64 [ 0, %2 ], [ %81, %77 ], [ %94, %86 ]
  %99 = icmp slt i64 %98, %1
  br i1 %99, label %116, label %100

100:                                              ; preds = %97
  %101 = add nsw i64 %5, 17
  %102 = icmp sgt i64 %5, -18
  br i1 %102, label %103, label %108

103:                                              ; preds = %100
  %104 = icmp eq i64 %101, 0
  %105 = select i1 %104, i64 1, i64 %101
  %106 = tail call noalias i8* @malloc(i64 noundef %105) #32
  %107 = icmp eq i8* %106, null
  br i1 %107, label %108, label %109

108:                                              ; preds = %103, %100
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

109:                                              ; preds = %103
  %110 = bitcast i8* %106 to %struct.EmStr*
  %111 = bitcast i8* %106 to i64*
  store i64 %5, i64* %111, align 8, !tbaa !11
  %112 = getelementptr inbounds i8, i8* %106, i64 8
  %113 = bitcast i8* %112 to i64*
  store i64 0, i64* %113, align 8, !tbaa !11
  %114 = getelementptr inbounds i8, i8* %106, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %114, i8* nonnull align 1 %3, i64 %5, i1 false) #32
  %115 = getelementptr inbounds i8, i8* %114, i64 %5
  store i8 0, i8* %115, align 1, !tbaa !13
  br label %199

116:                                              ; preds = %97
  %117 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %118 = icmp eq i8* %117, null
  br i1 %118, label %119, label %120

119:                                              ; preds = %116
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

120:                                              ; preds = %116
  %121 = getelementptr inbounds i8, i8* %117, i64 8
  %122 = bitcast i8* %121 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %122, align 8, !tbaa !11
  %123 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %124 = icmp eq i8* %123, null
  br i1 %124, label %125, label %126

125:                                              ; preds = %120
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

126:                                              ; preds = %120
  %127 = bitcast i8* %117 to %struct.EmBuf*
  %128 = bitcast i8* %117 to i8**
  store i8* %123, i8** %128, align 8, !tbaa !43
  br i1 %6, label %129, label %135

129:                                              ; preds = %126
  %130 = load i8, i8* %3, align 8, !tbaa !13
  %131 = icmp eq i8 %130, 43
  br i1 %131, label %135, label %132

132:                                              ; preds = %129
  %133 = icmp eq i8 %130, 45
  %134 = zext i1 %133 to i64
  br label %135

135:                                              ; preds = %126, %132, %129
  %136 = phi i64 [ 0, %126 ], [ 1, %129 ], [ %134, %132 ]
  %137 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %127, i64 0, i32 1
  %138 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %127, i64 0, i32 2
  %139 = getelementptr inbounds i8, i8* %123, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %139, i8* nonnull align 1 %3, i64 %136, i1 false) #32
  store i64 %136, i64* %137, align 8, !tbaa !45
  %140 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %127, i64 0, i32 0
  br label %174

141:                                              ; preds = %192
  store i64 %179, i64* %137, align 8, !tbaa !45
  store i64 %194, i64* %138, align 8, !tbaa !66
  %142 = load i64, i64* %4, align 8, !tbaa !11
  %143 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %136
  %144 = sub nsw i64 %142, %136
  %145 = add nsw i64 %179, %144
  %146 = icmp sgt i64 %145, %194
  br i1 %146, label %150, label %147

147:                                              ; preds = %141
  %148 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %127, i64 0, i32 0
  %149 = load i8*, i8** %148, align 8, !tbaa !43
  br label %165

150:                                              ; preds = %141
  %151 = shl nsw i64 %194, 1
  %152 = icmp sgt i64 %151, %145
  %153 = select i1 %152, i64 %151, i64 %145
  %154 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %127, i64 0, i32 0
  %155 = add nsw i64 %153, 17
  %156 = icmp sgt i64 %153, -18
  br i1 %156, label %157, label %163

157:                                              ; preds = %150
  %158 = load i8*, i8** %154, align 8, !tbaa !43
  %159 = icmp eq i64 %155, 0
  %160 = select i1 %159, i64 1, i64 %155
  %161 = tail call i8* @realloc(i8* noundef %158, i64 noundef %160) #32
  %162 = icmp eq i8* %161, null
  br i1 %162, label %163, label %164

163:                                              ; preds = %157, %150
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

164:                                              ; preds = %157
  store i8* %161, i8** %154, align 8, !tbaa !43
  store i64 %153, i64* %138, align 8, !tbaa !66
  br label %165

165:                                              ; preds = %147, %164
  %166 = phi i8* [ %149, %147 ], [ %161, %164 ]
  %167 = bitcast i8* %166 to %struct.EmStr*
  %168 = getelementptr inbounds i8, i8* %166, i64 16
  %169 = getelementptr inbounds i8, i8* %168, i64 %179
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %169, i8* nonnull align 1 %143, i64 %144, i1 false) #32
  %170 = bitcast i8* %166 to i64*
  store i64 %145, i64* %170, align 8, !tbaa !11
  %171 = getelementptr inbounds i8, i8* %166, i64 8
  %172 = bitcast i8* %171 to i64*
  store i64 0, i64* %172, align 8, !tbaa !11
  %173 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %167, i64 0, i32 2, i64 %145
  store i8 0, i8* %173, align 1, !tbaa !13
  tail call void @free(i8* noundef nonnull %117) #32
  br label %199

174:                                              ; preds = %135, %192
  %175 = phi i8* [ %123, %135 ], [ %193, %192 ]
  %176 = phi i64 [ 48, %135 ], [ %194, %192 ]
  %177 = phi i64 [ %136, %135 ], [ %179, %192 ]
  %178 = phi i64 [ %98, %135 ], [ %197, %192 ]
  %179 = add nuw nsw i64 %177, 1
  %180 = icmp slt i64 %177, %176
  br i1 %180, label %192, label %181

181:                                              ; preds = %174
  %182 = shl nsw i64 %176, 1
  %183 = icmp sgt i64 %182, %179
  %184 = select i1 %183, i64 %182, i64 %179
  %185 = icmp sgt i64 %184, -18
  br i1 %185, label %186, label %190

186:                                              ; preds = %181
  %187 = add nuw nsw i64 %184, 17
  %188 = tail call i8* @realloc(i8* noundef %175, i64 noundef %187) #32
  %189 = icmp eq i8* %188, null
  br i1 %189, label %190, label %191

190:                                              ; preds = %186, %181
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

191:                                              ; preds = %186
  store i8* %188, i8** %140, align 8, !tbaa !43
  br label %192

192:                                              ; preds = %174, %191
  %193 = phi i8* [ %188, %191 ], [ %175, %174 ]
  %194 = phi i64 [ %184, %191 ], [ %176, %174 ]
  %195 = getelementptr inbounds i8, i8* %193, i64 16
  %196 = getelementptr inbounds i8, i8* %195, i64 %177
  store i8 48, i8* %196, align 1
  %197 = add i64 %178, 1
  %198 = icmp eq i64 %197, %1
  br i1 %198, label %141, label %174, !llvm.loop !116

199:                                              ; preds = %165, %109
  %200 = phi %struct.EmStr* [ %110, %109 ], [ %167, %165 ]
  ret %struct.EmStr* %200
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
  %28 = load <2 x i8>, <2 x i8>* %27, align 1, !tbaa !13
  %29 = getelementptr inbounds i8, i8* %26, i64 2
  %30 = bitcast i8* %29 to <2 x i8>*
  %31 = load <2 x i8>, <2 x i8>* %30, align 1, !tbaa !13
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
  %43 = load <2 x i8>, <2 x i8>* %42, align 1, !tbaa !13
  %44 = getelementptr inbounds i8, i8* %41, i64 2
  %45 = bitcast i8* %44 to <2 x i8>*
  %46 = load <2 x i8>, <2 x i8>* %45, align 1, !tbaa !13
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
  br i1 %57, label %58, label %21, !llvm.loop !117

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
  %68 = load <2 x i8>, <2 x i8>* %67, align 1, !tbaa !13
  %69 = getelementptr inbounds i8, i8* %66, i64 2
  %70 = bitcast i8* %69 to <2 x i8>*
  %71 = load <2 x i8>, <2 x i8>* %70, align 1, !tbaa !13
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
  %93 = load i8, i8* %92, align 1, !tbaa !13
  %94 = and i8 %93, -64
  %95 = icmp ne i8 %94, -128
  %96 = zext i1 %95 to i64
  %97 = add nuw nsw i64 %91, %96
  %98 = add nuw nsw i64 %90, 1
  %99 = icmp eq i64 %98, %8
  br i1 %99, label %100, label %89, !llvm.loop !118

100:                                              ; preds = %89, %80
  %101 = phi i64 [ %84, %80 ], [ %97, %89 ]
  %102 = icmp eq i64 %101, 1
  br i1 %102, label %107, label %103

103:                                              ; preds = %4, %100
  %104 = phi i64 [ %101, %100 ], [ 0, %4 ]
  %105 = getelementptr inbounds [96 x i8], [96 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 96, i8* nonnull %105) #32
  %106 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %105, i64 noundef 96, i8* noundef getelementptr inbounds ([60 x i8], [60 x i8]* @.str.8, i64 0, i64 0), i64 noundef %104) #32
  call void @ember_fault(i32 noundef 4, i8* noundef nonnull %105, i8* noundef %1, i32 noundef %2, i32 noundef %3) #35
  unreachable

107:                                              ; preds = %100
  %108 = load i8, i8* %6, align 1, !tbaa !13
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
  %119 = load i8, i8* %118, align 1, !tbaa !13
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
  %130 = load i8, i8* %129, align 1, !tbaa !13
  %131 = and i8 %130, 63
  %132 = zext i8 %131 to i32
  %133 = shl nuw nsw i32 %132, 6
  %134 = or i32 %133, %128
  %135 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 2
  %136 = load i8, i8* %135, align 1, !tbaa !13
  %137 = and i8 %136, 63
  %138 = zext i8 %137 to i32
  %139 = or i32 %134, %138
  br label %161

140:                                              ; preds = %123
  %141 = and i8 %108, 7
  %142 = zext i8 %141 to i32
  %143 = shl nuw nsw i32 %142, 18
  %144 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 1
  %145 = load i8, i8* %144, align 1, !tbaa !13
  %146 = and i8 %145, 63
  %147 = zext i8 %146 to i32
  %148 = shl nuw nsw i32 %147, 12
  %149 = or i32 %148, %143
  %150 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 2
  %151 = load i8, i8* %150, align 1, !tbaa !13
  %152 = and i8 %151, 63
  %153 = zext i8 %152 to i32
  %154 = shl nuw nsw i32 %153, 6
  %155 = or i32 %149, %154
  %156 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 3
  %157 = load i8, i8* %156, align 1, !tbaa !13
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
define noalias %struct.EmStr* @ember_str_chr(i64 noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca i32, align 4
  %6 = icmp ugt i64 %0, 1114111
  br i1 %6, label %7, label %8

7:                                                ; preds = %4
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str.9, i64 0, i64 0), i8* noundef %1, i32 noundef %2, i32 noundef %3) #35
  unreachable

8:                                                ; preds = %4
  %9 = bitcast i32* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %9)
  %10 = trunc i64 %0 to i32
  %11 = icmp ult i32 %10, 128
  br i1 %11, label %12, label %14

12:                                               ; preds = %8
  %13 = trunc i64 %0 to i8
  store i8 %13, i8* %9, align 4, !tbaa !13
  br label %57

14:                                               ; preds = %8
  %15 = icmp ult i32 %10, 2048
  br i1 %15, label %16, label %24

16:                                               ; preds = %14
  %17 = lshr i64 %0, 6
  %18 = trunc i64 %17 to i8
  %19 = or i8 %18, -64
  store i8 %19, i8* %9, align 4, !tbaa !13
  %20 = trunc i64 %0 to i8
  %21 = and i8 %20, 63
  %22 = or i8 %21, -128
  %23 = getelementptr inbounds i8, i8* %9, i64 1
  store i8 %22, i8* %23, align 1, !tbaa !13
  br label %57

24:                                               ; preds = %14
  %25 = icmp ult i32 %10, 65536
  br i1 %25, label %26, label %39

26:                                               ; preds = %24
  %27 = lshr i64 %0, 12
  %28 = trunc i64 %27 to i8
  %29 = or i8 %28, -32
  store i8 %29, i8* %9, align 4, !tbaa !13
  %30 = lshr i64 %0, 6
  %31 = trunc i64 %30 to i8
  %32 = and i8 %31, 63
  %33 = or i8 %32, -128
  %34 = getelementptr inbounds i8, i8* %9, i64 1
  store i8 %33, i8* %34, align 1, !tbaa !13
  %35 = trunc i64 %0 to i8
  %36 = and i8 %35, 63
  %37 = or i8 %36, -128
  %38 = getelementptr inbounds i8, i8* %9, i64 2
  store i8 %37, i8* %38, align 2, !tbaa !13
  br label %57

39:                                               ; preds = %24
  %40 = lshr i64 %0, 18
  %41 = trunc i64 %40 to i8
  %42 = or i8 %41, -16
  store i8 %42, i8* %9, align 4, !tbaa !13
  %43 = lshr i64 %0, 12
  %44 = trunc i64 %43 to i8
  %45 = and i8 %44, 63
  %46 = or i8 %45, -128
  %47 = getelementptr inbounds i8, i8* %9, i64 1
  store i8 %46, i8* %47, align 1, !tbaa !13
  %48 = lshr i64 %0, 6
  %49 = trunc i64 %48 to i8
  %50 = and i8 %49, 63
  %51 = or i8 %50, -128
  %52 = getelementptr inbounds i8, i8* %9, i64 2
  store i8 %51, i8* %52, align 2, !tbaa !13
  %53 = trunc i64 %0 to i8
  %54 = and i8 %53, 63
  %55 = or i8 %54, -128
  %56 = getelementptr inbounds i8, i8* %9, i64 3
  store i8 %55, i8* %56, align 1, !tbaa !13
  br label %57

57:                                               ; preds = %12, %16, %26, %39
  %58 = phi i64 [ 1, %12 ], [ 2, %16 ], [ 3, %26 ], [ 4, %39 ]
  %59 = add nuw nsw i64 %58, 17
  %60 = tail call noalias i8* @malloc(i64 noundef %59) #32
  %61 = icmp eq i8* %60, null
  br i1 %61, label %62, label %63

62:                                               ; preds = %57
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

63:                                               ; preds = %57
  %64 = bitcast i8* %60 to %struct.EmStr*
  %65 = bitcast i8* %60 to i64*
  store i64 %58, i64* %65, align 8, !tbaa !11
  %66 = getelementptr inbounds i8, i8* %60, i64 8
  %67 = bitcast i8* %66 to i64*
  store i64 0, i64* %67, align 8, !tbaa !11
  %68 = getelementptr inbounds i8, i8* %60, i64 16
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 %68, i8* noundef nonnull align 4 %9, i64 %58, i1 false) #32
  %69 = getelementptr inbounds i8, i8* %68, i64 %58
  store i8 0, i8* %69, align 1, !tbaa !13
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %9)
  ret %struct.EmStr* %64
}

; Function Attrs: nounwind
define i64 @ember_str_to_i64(%struct.EmStr* noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = bitcast i64* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %7) #32
  %8 = bitcast i64* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %8) #32
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 3, %struct.EmStr* noundef null, i64* noundef nonnull %5, i64* noundef nonnull %6)
  %9 = load i64, i64* %5, align 8, !tbaa !11
  %10 = load i64, i64* %6, align 8, !tbaa !11
  %11 = icmp slt i64 %9, %10
  br i1 %11, label %12, label %19

12:                                               ; preds = %4
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %9
  %14 = load i8, i8* %13, align 1, !tbaa !13
  switch i8 %14, label %19 [
    i8 43, label %15
    i8 45, label %15
  ]

15:                                               ; preds = %12, %12
  %16 = add nsw i64 %9, 1
  %17 = icmp eq i8 %14, 45
  %18 = zext i1 %17 to i32
  br label %19

19:                                               ; preds = %12, %15, %4
  %20 = phi i64 [ %16, %15 ], [ %9, %4 ], [ %9, %12 ]
  %21 = phi i32 [ %18, %15 ], [ 0, %4 ], [ 0, %12 ]
  %22 = icmp eq i64 %20, %10
  br i1 %22, label %23, label %24

23:                                               ; preds = %19
  tail call fastcc void @conv_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([41 x i8], [41 x i8]* @ember_str_to_i64.bad, i64 0, i64 0), %struct.EmStr* noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) #35
  unreachable

24:                                               ; preds = %19
  %25 = icmp eq i32 %21, 0
  %26 = select i1 %25, i64 9223372036854775807, i64 -9223372036854775808
  %27 = icmp slt i64 %20, %10
  br i1 %27, label %30, label %74

28:                                               ; preds = %68
  %29 = icmp eq i32 %71, 0
  br i1 %29, label %74, label %73

30:                                               ; preds = %24, %68
  %31 = phi i64 [ %69, %68 ], [ %20, %24 ]
  %32 = phi i32 [ %71, %68 ], [ 0, %24 ]
  %33 = phi i64 [ %70, %68 ], [ 0, %24 ]
  %34 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %31
  %35 = load i8, i8* %34, align 1, !tbaa !13
  %36 = sext i8 %35 to i64
  %37 = icmp eq i8 %35, 95
  %38 = icmp sgt i64 %31, %20
  %39 = select i1 %37, i1 %38, i1 false
  br i1 %39, label %40, label %53

40:                                               ; preds = %30
  %41 = add i64 %31, 1
  %42 = icmp slt i64 %41, %10
  br i1 %42, label %43, label %56

43:                                               ; preds = %40
  %44 = add nsw i64 %31, -1
  %45 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %44
  %46 = load i8, i8* %45, align 1, !tbaa !13
  %47 = icmp eq i8 %46, 95
  br i1 %47, label %56, label %48

48:                                               ; preds = %43
  %49 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %41
  %50 = load i8, i8* %49, align 1, !tbaa !13
  %51 = add i8 %50, -48
  %52 = icmp ult i8 %51, 10
  br i1 %52, label %68, label %56

53:                                               ; preds = %30
  %54 = add i8 %35, -58
  %55 = icmp ult i8 %54, -10
  br i1 %55, label %56, label %57

56:                                               ; preds = %40, %43, %48, %53
  tail call fastcc void @conv_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([41 x i8], [41 x i8]* @ember_str_to_i64.bad, i64 0, i64 0), %struct.EmStr* noundef nonnull %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) #35
  unreachable

57:                                               ; preds = %53
  %58 = add nsw i64 %36, 4294967248
  %59 = and i64 %58, 4294967295
  %60 = sub i64 %26, %59
  %61 = udiv i64 %60, 10
  %62 = icmp ugt i64 %33, %61
  %63 = mul i64 %33, 10
  %64 = add i64 %59, %63
  %65 = select i1 %62, i64 %33, i64 %64
  %66 = select i1 %62, i32 1, i32 %32
  %67 = add i64 %31, 1
  br label %68

68:                                               ; preds = %48, %57
  %69 = phi i64 [ %41, %48 ], [ %67, %57 ]
  %70 = phi i64 [ %33, %48 ], [ %65, %57 ]
  %71 = phi i32 [ %32, %48 ], [ %66, %57 ]
  %72 = icmp eq i64 %69, %10
  br i1 %72, label %28, label %30, !llvm.loop !119

73:                                               ; preds = %28
  tail call fastcc void @conv_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([34 x i8], [34 x i8]* @.str.10, i64 0, i64 0), %struct.EmStr* noundef nonnull %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) #35
  unreachable

74:                                               ; preds = %24, %28
  %75 = phi i64 [ %70, %28 ], [ 0, %24 ]
  %76 = sub i64 0, %75
  %77 = select i1 %25, i64 %75, i64 %76
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %8) #32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %7) #32
  ret i64 %77
}

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
  br i1 %13, label %14, label %76, !llvm.loop !120

14:                                               ; preds = %5, %12
  %15 = phi i64 [ %75, %12 ], [ 0, %5 ]
  %16 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %15
  %17 = load i8, i8* %16, align 1, !tbaa !13
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
  %28 = load i8, i8* %27, align 1, !tbaa !13
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
  %39 = load i8, i8* %38, align 1, !tbaa !13
  %40 = and i8 %39, 63
  %41 = zext i8 %40 to i32
  %42 = shl nuw nsw i32 %41, 6
  %43 = or i32 %42, %37
  %44 = getelementptr inbounds i8, i8* %16, i64 2
  %45 = load i8, i8* %44, align 1, !tbaa !13
  %46 = and i8 %45, 63
  %47 = zext i8 %46 to i32
  %48 = or i32 %43, %47
  br label %70

49:                                               ; preds = %32
  %50 = and i8 %17, 7
  %51 = zext i8 %50 to i32
  %52 = shl nuw nsw i32 %51, 18
  %53 = getelementptr inbounds i8, i8* %16, i64 1
  %54 = load i8, i8* %53, align 1, !tbaa !13
  %55 = and i8 %54, 63
  %56 = zext i8 %55 to i32
  %57 = shl nuw nsw i32 %56, 12
  %58 = or i32 %57, %52
  %59 = getelementptr inbounds i8, i8* %16, i64 2
  %60 = load i8, i8* %59, align 1, !tbaa !13
  %61 = and i8 %60, 63
  %62 = zext i8 %61 to i32
  %63 = shl nuw nsw i32 %62, 6
  %64 = or i32 %58, %63
  %65 = getelementptr inbounds i8, i8* %16, i64 3
  %66 = load i8, i8* %65, align 1, !tbaa !13
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
  %91 = load i8, i8* %82, align 1, !tbaa !13
  br label %97

92:                                               ; preds = %86
  %93 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %88
  %94 = load i8, i8* %93, align 1, !tbaa !13
  %95 = and i8 %94, -64
  %96 = icmp eq i8 %95, -128
  br i1 %96, label %86, label %97, !llvm.loop !121

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
  %112 = load i8, i8* %111, align 1, !tbaa !13
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
  %123 = load i8, i8* %122, align 1, !tbaa !13
  %124 = and i8 %123, 63
  %125 = zext i8 %124 to i32
  %126 = shl nuw nsw i32 %125, 6
  %127 = or i32 %126, %121
  %128 = getelementptr inbounds i8, i8* %101, i64 2
  %129 = load i8, i8* %128, align 1, !tbaa !13
  %130 = and i8 %129, 63
  %131 = zext i8 %130 to i32
  %132 = or i32 %127, %131
  br label %154

133:                                              ; preds = %116
  %134 = and i8 %98, 7
  %135 = zext i8 %134 to i32
  %136 = shl nuw nsw i32 %135, 18
  %137 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %99
  %138 = load i8, i8* %137, align 1, !tbaa !13
  %139 = and i8 %138, 63
  %140 = zext i8 %139 to i32
  %141 = shl nuw nsw i32 %140, 12
  %142 = or i32 %141, %136
  %143 = getelementptr inbounds i8, i8* %101, i64 2
  %144 = load i8, i8* %143, align 1, !tbaa !13
  %145 = and i8 %144, 63
  %146 = zext i8 %145 to i32
  %147 = shl nuw nsw i32 %146, 6
  %148 = or i32 %142, %147
  %149 = getelementptr inbounds i8, i8* %101, i64 3
  %150 = load i8, i8* %149, align 1, !tbaa !13
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

; Function Attrs: noreturn nounwind
define internal fastcc void @conv_fault(i32 noundef %0, i8* nocapture noundef readonly %1, %struct.EmStr* noundef %2, i8* noundef %3, i32 noundef %4, i32 noundef %5) unnamed_addr #6 {
  %7 = tail call %struct.EmBuf* @ember_buf_new()
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %7, i8* noundef %1)
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef %7, %struct.EmStr* noundef %2)
  tail call void @ember_fault_buf(i32 noundef %0, %struct.EmBuf* noundef %7, i8* noundef %3, i32 noundef %4, i32 noundef %5) #35
  unreachable
}

; Function Attrs: nounwind
define double @ember_str_to_f64(%struct.EmStr* noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = bitcast i64* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %7) #32
  %8 = bitcast i64* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %8) #32
  call fastcc void @trim_range(%struct.EmStr* noundef %0, i32 noundef 3, %struct.EmStr* noundef null, i64* noundef nonnull %5, i64* noundef nonnull %6)
  %9 = load i64, i64* %5, align 8, !tbaa !11
  %10 = load i64, i64* %6, align 8, !tbaa !11
  %11 = icmp slt i64 %9, %10
  br i1 %11, label %12, label %19

12:                                               ; preds = %4
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %9
  %14 = load i8, i8* %13, align 1, !tbaa !13
  switch i8 %14, label %19 [
    i8 43, label %15
    i8 45, label %15
  ]

15:                                               ; preds = %12, %12
  %16 = add nsw i64 %9, 1
  store i64 %16, i64* %5, align 8, !tbaa !11
  %17 = icmp eq i8 %14, 45
  %18 = zext i1 %17 to i32
  br label %19

19:                                               ; preds = %12, %15, %4
  %20 = phi i64 [ %16, %15 ], [ %9, %4 ], [ %9, %12 ]
  %21 = phi i32 [ %18, %15 ], [ 0, %4 ], [ 0, %12 ]
  %22 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %20
  %23 = sub nsw i64 %10, %20
  switch i64 %23, label %81 [
    i64 3, label %24
    i64 8, label %39
  ]

24:                                               ; preds = %19
  %25 = load i8, i8* %22, align 1, !tbaa !13
  %26 = and i8 %25, -33
  %27 = icmp eq i8 %26, 73
  br i1 %27, label %28, label %61

28:                                               ; preds = %24
  %29 = getelementptr inbounds i8, i8* %22, i64 1
  %30 = load i8, i8* %29, align 1, !tbaa !13
  %31 = and i8 %30, -33
  %32 = icmp eq i8 %31, 78
  br i1 %32, label %33, label %61, !llvm.loop !122

33:                                               ; preds = %28
  %34 = getelementptr inbounds i8, i8* %22, i64 2
  %35 = load i8, i8* %34, align 1, !tbaa !13
  %36 = and i8 %35, -33
  %37 = icmp eq i8 %36, 70
  %38 = select i1 %37, i1 false, i1 true
  br i1 %38, label %61, label %56

39:                                               ; preds = %19
  %40 = load i8, i8* %22, align 1, !tbaa !13
  %41 = and i8 %40, -33
  %42 = icmp eq i8 %41, 73
  br i1 %42, label %43, label %84

43:                                               ; preds = %39, %46
  %44 = phi i64 [ %53, %46 ], [ 1, %39 ]
  %45 = icmp eq i64 %44, %23
  br i1 %45, label %54, label %46, !llvm.loop !122

46:                                               ; preds = %43
  %47 = getelementptr inbounds i8, i8* %22, i64 %44
  %48 = load i8, i8* %47, align 1, !tbaa !13
  %49 = or i8 %48, 32
  %50 = getelementptr inbounds [9 x i8], [9 x i8]* @.str.12, i64 0, i64 %44
  %51 = load i8, i8* %50, align 1, !tbaa !13
  %52 = icmp eq i8 %49, %51
  %53 = add nuw nsw i64 %44, 1
  br i1 %52, label %43, label %54, !llvm.loop !122

54:                                               ; preds = %46, %43
  %55 = icmp slt i64 %44, %23
  br i1 %55, label %59, label %56

56:                                               ; preds = %54, %33
  %57 = icmp eq i32 %21, 0
  %58 = select i1 %57, double 0x7FF0000000000000, double 0xFFF0000000000000
  br label %174

59:                                               ; preds = %54
  %60 = icmp eq i64 %23, 3
  br i1 %60, label %61, label %81

61:                                               ; preds = %28, %33, %24, %59
  %62 = phi i8 [ %40, %59 ], [ %25, %24 ], [ %25, %33 ], [ %25, %28 ]
  %63 = and i8 %62, -33
  %64 = icmp eq i8 %63, 78
  br i1 %64, label %65, label %81

65:                                               ; preds = %61, %68
  %66 = phi i64 [ %75, %68 ], [ 1, %61 ]
  %67 = icmp eq i64 %66, %23
  br i1 %67, label %76, label %68, !llvm.loop !122

68:                                               ; preds = %65
  %69 = getelementptr inbounds i8, i8* %22, i64 %66
  %70 = load i8, i8* %69, align 1, !tbaa !13
  %71 = or i8 %70, 32
  %72 = getelementptr inbounds [4 x i8], [4 x i8]* @.str.13, i64 0, i64 %66
  %73 = load i8, i8* %72, align 1, !tbaa !13
  %74 = icmp eq i8 %71, %73
  %75 = add nuw nsw i64 %66, 1
  br i1 %74, label %65, label %76, !llvm.loop !122

76:                                               ; preds = %68, %65
  %77 = icmp slt i64 %66, %23
  br i1 %77, label %81, label %78

78:                                               ; preds = %76
  %79 = icmp eq i32 %21, 0
  %80 = select i1 %79, double 0x7FF8000000000000, double 0xFFF8000000000000
  br label %174

81:                                               ; preds = %61, %19, %59, %76
  %82 = add nsw i64 %23, 2
  %83 = icmp sgt i64 %23, -3
  br i1 %83, label %84, label %90

84:                                               ; preds = %39, %81
  %85 = phi i64 [ %82, %81 ], [ 10, %39 ]
  %86 = icmp eq i64 %85, 0
  %87 = select i1 %86, i64 1, i64 %85
  %88 = tail call noalias i8* @malloc(i64 noundef %87) #32
  %89 = icmp eq i8* %88, null
  br i1 %89, label %90, label %91

90:                                               ; preds = %84, %81
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

91:                                               ; preds = %84
  %92 = icmp eq i32 %21, 0
  %93 = select i1 %92, i8 43, i8 45
  store i8 %93, i8* %88, align 1, !tbaa !13
  %94 = icmp sgt i64 %10, %20
  br i1 %94, label %95, label %173

95:                                               ; preds = %91
  %96 = getelementptr inbounds i8, i8* %88, i64 1
  br label %97

97:                                               ; preds = %95, %157
  %98 = phi i64 [ %165, %157 ], [ %10, %95 ]
  %99 = phi i8* [ %163, %157 ], [ %96, %95 ]
  %100 = phi i64 [ %164, %157 ], [ %20, %95 ]
  %101 = phi i32 [ %161, %157 ], [ 0, %95 ]
  %102 = phi i32 [ %160, %157 ], [ 0, %95 ]
  %103 = phi i32 [ %159, %157 ], [ 1, %95 ]
  %104 = phi i32 [ %158, %157 ], [ 0, %95 ]
  %105 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %100
  %106 = load i8, i8* %105, align 1, !tbaa !13
  %107 = add i8 %106, -48
  %108 = icmp ult i8 %107, 10
  br i1 %108, label %152, label %109

109:                                              ; preds = %97
  %110 = icmp eq i8 %106, 95
  br i1 %110, label %111, label %130

111:                                              ; preds = %109
  %112 = load i64, i64* %5, align 8, !tbaa !11
  %113 = icmp sgt i64 %100, %112
  br i1 %113, label %114, label %120

114:                                              ; preds = %111
  %115 = add nsw i64 %100, -1
  %116 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %115
  %117 = load i8, i8* %116, align 1, !tbaa !13
  %118 = add i8 %117, -48
  %119 = icmp ult i8 %118, 10
  br label %120

120:                                              ; preds = %114, %111
  %121 = phi i1 [ false, %111 ], [ %119, %114 ]
  %122 = add nsw i64 %100, 1
  %123 = icmp slt i64 %122, %98
  br i1 %123, label %124, label %173

124:                                              ; preds = %120
  %125 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %122
  %126 = load i8, i8* %125, align 1, !tbaa !13
  %127 = add i8 %126, -48
  %128 = icmp ult i8 %127, 10
  %129 = select i1 %121, i1 %128, i1 false
  br i1 %129, label %157, label %173

130:                                              ; preds = %109
  %131 = icmp ne i8 %106, 46
  %132 = icmp ne i32 %102, 0
  %133 = select i1 %131, i1 true, i1 %132
  %134 = icmp ne i32 %101, 0
  %135 = select i1 %133, i1 true, i1 %134
  br i1 %135, label %136, label %152

136:                                              ; preds = %130
  %137 = and i8 %106, -33
  %138 = icmp ne i8 %137, 69
  %139 = icmp eq i32 %104, 0
  %140 = select i1 %138, i1 true, i1 %139
  %141 = select i1 %140, i1 true, i1 %134
  br i1 %141, label %173, label %142

142:                                              ; preds = %136
  %143 = getelementptr inbounds i8, i8* %99, i64 1
  store i8 101, i8* %99, align 1, !tbaa !13
  %144 = add nsw i64 %100, 1
  %145 = load i64, i64* %6, align 8, !tbaa !11
  %146 = icmp slt i64 %144, %145
  br i1 %146, label %147, label %157

147:                                              ; preds = %142
  %148 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %0, i64 0, i32 2, i64 %144
  %149 = load i8, i8* %148, align 1, !tbaa !13
  switch i8 %149, label %157 [
    i8 43, label %150
    i8 45, label %150
  ]

150:                                              ; preds = %147, %147
  %151 = getelementptr inbounds i8, i8* %99, i64 2
  store i8 %149, i8* %143, align 1, !tbaa !13
  br label %157

152:                                              ; preds = %130, %97
  %153 = phi i32 [ 1, %97 ], [ %104, %130 ]
  %154 = phi i32 [ 1, %97 ], [ %103, %130 ]
  %155 = phi i32 [ %102, %97 ], [ 1, %130 ]
  %156 = getelementptr inbounds i8, i8* %99, i64 1
  store i8 %106, i8* %99, align 1, !tbaa !13
  br label %157

157:                                              ; preds = %124, %152, %147, %150, %142
  %158 = phi i32 [ %104, %142 ], [ %104, %150 ], [ %104, %147 ], [ %153, %152 ], [ %104, %124 ]
  %159 = phi i32 [ 0, %142 ], [ 0, %150 ], [ 0, %147 ], [ %154, %152 ], [ %103, %124 ]
  %160 = phi i32 [ %102, %142 ], [ %102, %150 ], [ %102, %147 ], [ %155, %152 ], [ %102, %124 ]
  %161 = phi i32 [ 1, %142 ], [ 1, %150 ], [ 1, %147 ], [ %101, %152 ], [ %101, %124 ]
  %162 = phi i64 [ %100, %142 ], [ %144, %150 ], [ %100, %147 ], [ %100, %152 ], [ %100, %124 ]
  %163 = phi i8* [ %143, %142 ], [ %151, %150 ], [ %143, %147 ], [ %156, %152 ], [ %99, %124 ]
  %164 = add nsw i64 %162, 1
  %165 = load i64, i64* %6, align 8, !tbaa !11
  %166 = icmp slt i64 %164, %165
  br i1 %166, label %97, label %167, !llvm.loop !123

167:                                              ; preds = %157
  %168 = icmp ne i32 %158, 0
  %169 = icmp ne i32 %159, 0
  %170 = select i1 %168, i1 %169, i1 false
  br i1 %170, label %171, label %173

171:                                              ; preds = %167
  store i8 0, i8* %163, align 1, !tbaa !13
  %172 = tail call double @strtod(i8* nocapture noundef nonnull %88, i8** noundef null) #32
  tail call void @free(i8* noundef %88) #32
  br label %174

173:                                              ; preds = %120, %136, %124, %91, %167
  tail call void @free(i8* noundef %88) #32
  tail call fastcc void @conv_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([36 x i8], [36 x i8]* @ember_str_to_f64.bad, i64 0, i64 0), %struct.EmStr* noundef %0, i8* noundef %1, i32 noundef %2, i32 noundef %3) #35
  unreachable

174:                                              ; preds = %171, %78, %56
  %175 = phi double [ %58, %56 ], [ %80, %78 ], [ %172, %171 ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %8) #32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %7) #32
  ret double %175
}

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(i8* noundef readonly, i8** nocapture noundef) local_unnamed_addr #21

; Function Attrs: nounwind
define void @ember_buf_str_repr(%struct.EmBuf* noundef %0, %struct.EmStr* noundef readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  %4 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !11
  %6 = tail call i8* @memchr(i8* noundef nonnull %3, i32 noundef 39, i64 noundef %5) #33
  %7 = icmp eq i8* %6, null
  br i1 %7, label %12, label %8

8:                                                ; preds = %2
  %9 = tail call i8* @memchr(i8* noundef nonnull %3, i32 noundef 34, i64 noundef %5) #33
  %10 = icmp eq i8* %9, null
  %11 = select i1 %10, i8 34, i8 39
  br label %12

12:                                               ; preds = %8, %2
  %13 = phi i8 [ 39, %2 ], [ %11, %8 ]
  %14 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %15 = load i64, i64* %14, align 8, !tbaa !45
  %16 = add nsw i64 %15, 1
  %17 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %18 = load i64, i64* %17, align 8, !tbaa !66
  %19 = icmp slt i64 %15, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %12
  %21 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %22 = load i8*, i8** %21, align 8, !tbaa !43
  br label %39

23:                                               ; preds = %12
  %24 = shl nsw i64 %18, 1
  %25 = icmp sgt i64 %24, %16
  %26 = select i1 %25, i64 %24, i64 %16
  %27 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %28 = add nsw i64 %26, 17
  %29 = icmp sgt i64 %26, -18
  br i1 %29, label %30, label %36

30:                                               ; preds = %23
  %31 = load i8*, i8** %27, align 8, !tbaa !43
  %32 = icmp eq i64 %28, 0
  %33 = select i1 %32, i64 1, i64 %28
  %34 = tail call i8* @realloc(i8* noundef %31, i64 noundef %33) #32
  %35 = icmp eq i8* %34, null
  br i1 %35, label %36, label %37

36:                                               ; preds = %30, %23
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

37:                                               ; preds = %30
  store i8* %34, i8** %27, align 8, !tbaa !43
  store i64 %26, i64* %17, align 8, !tbaa !66
  %38 = load i64, i64* %14, align 8, !tbaa !45
  br label %39

39:                                               ; preds = %20, %37
  %40 = phi i64 [ %15, %20 ], [ %38, %37 ]
  %41 = phi i8* [ %22, %20 ], [ %34, %37 ]
  %42 = getelementptr inbounds i8, i8* %41, i64 16
  %43 = getelementptr inbounds i8, i8* %42, i64 %40
  store i8 %13, i8* %43, align 1, !tbaa !13
  %44 = load i64, i64* %14, align 8, !tbaa !45
  %45 = add nsw i64 %44, 1
  store i64 %45, i64* %14, align 8, !tbaa !45
  %46 = load i64, i64* %4, align 8, !tbaa !11
  %47 = icmp sgt i64 %46, 0
  br i1 %47, label %48, label %51

48:                                               ; preds = %39
  %49 = zext i8 %13 to i32
  %50 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  br label %82

51:                                               ; preds = %427, %39
  %52 = phi i64 [ %45, %39 ], [ %428, %427 ]
  %53 = add nsw i64 %52, 1
  %54 = load i64, i64* %17, align 8, !tbaa !66
  %55 = icmp slt i64 %52, %54
  br i1 %55, label %56, label %59

56:                                               ; preds = %51
  %57 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %58 = load i8*, i8** %57, align 8, !tbaa !43
  br label %75

59:                                               ; preds = %51
  %60 = shl nsw i64 %54, 1
  %61 = icmp sgt i64 %60, %53
  %62 = select i1 %61, i64 %60, i64 %53
  %63 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %64 = add nsw i64 %62, 17
  %65 = icmp sgt i64 %62, -18
  br i1 %65, label %66, label %72

66:                                               ; preds = %59
  %67 = load i8*, i8** %63, align 8, !tbaa !43
  %68 = icmp eq i64 %64, 0
  %69 = select i1 %68, i64 1, i64 %64
  %70 = tail call i8* @realloc(i8* noundef %67, i64 noundef %69) #32
  %71 = icmp eq i8* %70, null
  br i1 %71, label %72, label %73

72:                                               ; preds = %66, %59
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

73:                                               ; preds = %66
  store i8* %70, i8** %63, align 8, !tbaa !43
  store i64 %62, i64* %17, align 8, !tbaa !66
  %74 = load i64, i64* %14, align 8, !tbaa !45
  br label %75

75:                                               ; preds = %56, %73
  %76 = phi i64 [ %52, %56 ], [ %74, %73 ]
  %77 = phi i8* [ %58, %56 ], [ %70, %73 ]
  %78 = getelementptr inbounds i8, i8* %77, i64 16
  %79 = getelementptr inbounds i8, i8* %78, i64 %76
  store i8 %13, i8* %79, align 1, !tbaa !13
  %80 = load i64, i64* %14, align 8, !tbaa !45
  %81 = add nsw i64 %80, 1
  store i64 %81, i64* %14, align 8, !tbaa !45
  ret void

82:                                               ; preds = %48, %427
  %83 = phi i64 [ %45, %48 ], [ %428, %427 ]
  %84 = phi i64 [ 0, %48 ], [ %429, %427 ]
  %85 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %84
  %86 = load i8, i8* %85, align 1, !tbaa !13
  %87 = icmp sgt i8 %86, -1
  br i1 %87, label %88, label %90

88:                                               ; preds = %82
  %89 = zext i8 %86 to i32
  br label %139

90:                                               ; preds = %82
  %91 = icmp ult i8 %86, -32
  br i1 %91, label %92, label %101

92:                                               ; preds = %90
  %93 = and i8 %86, 31
  %94 = zext i8 %93 to i32
  %95 = shl nuw nsw i32 %94, 6
  %96 = getelementptr inbounds i8, i8* %85, i64 1
  %97 = load i8, i8* %96, align 1, !tbaa !13
  %98 = and i8 %97, 63
  %99 = zext i8 %98 to i32
  %100 = or i32 %95, %99
  br label %139

101:                                              ; preds = %90
  %102 = icmp ult i8 %86, -16
  br i1 %102, label %103, label %118

103:                                              ; preds = %101
  %104 = and i8 %86, 15
  %105 = zext i8 %104 to i32
  %106 = shl nuw nsw i32 %105, 12
  %107 = getelementptr inbounds i8, i8* %85, i64 1
  %108 = load i8, i8* %107, align 1, !tbaa !13
  %109 = and i8 %108, 63
  %110 = zext i8 %109 to i32
  %111 = shl nuw nsw i32 %110, 6
  %112 = or i32 %111, %106
  %113 = getelementptr inbounds i8, i8* %85, i64 2
  %114 = load i8, i8* %113, align 1, !tbaa !13
  %115 = and i8 %114, 63
  %116 = zext i8 %115 to i32
  %117 = or i32 %112, %116
  br label %139

118:                                              ; preds = %101
  %119 = and i8 %86, 7
  %120 = zext i8 %119 to i32
  %121 = shl nuw nsw i32 %120, 18
  %122 = getelementptr inbounds i8, i8* %85, i64 1
  %123 = load i8, i8* %122, align 1, !tbaa !13
  %124 = and i8 %123, 63
  %125 = zext i8 %124 to i32
  %126 = shl nuw nsw i32 %125, 12
  %127 = or i32 %126, %121
  %128 = getelementptr inbounds i8, i8* %85, i64 2
  %129 = load i8, i8* %128, align 1, !tbaa !13
  %130 = and i8 %129, 63
  %131 = zext i8 %130 to i32
  %132 = shl nuw nsw i32 %131, 6
  %133 = or i32 %127, %132
  %134 = getelementptr inbounds i8, i8* %85, i64 3
  %135 = load i8, i8* %134, align 1, !tbaa !13
  %136 = and i8 %135, 63
  %137 = zext i8 %136 to i32
  %138 = or i32 %133, %137
  br label %139

139:                                              ; preds = %88, %92, %103, %118
  %140 = phi i64 [ 1, %88 ], [ 2, %92 ], [ 3, %103 ], [ 4, %118 ]
  %141 = phi i32 [ %89, %88 ], [ %100, %92 ], [ %117, %103 ], [ %138, %118 ]
  %142 = icmp eq i32 %141, %49
  %143 = icmp eq i32 %141, 92
  %144 = or i1 %142, %143
  br i1 %144, label %145, label %199

145:                                              ; preds = %139
  %146 = add nsw i64 %83, 1
  %147 = load i64, i64* %17, align 8, !tbaa !66
  %148 = icmp slt i64 %83, %147
  br i1 %148, label %149, label %151

149:                                              ; preds = %145
  %150 = load i8*, i8** %50, align 8, !tbaa !43
  br label %166

151:                                              ; preds = %145
  %152 = shl nsw i64 %147, 1
  %153 = icmp sgt i64 %152, %146
  %154 = select i1 %153, i64 %152, i64 %146
  %155 = add nsw i64 %154, 17
  %156 = icmp sgt i64 %154, -18
  br i1 %156, label %157, label %163

157:                                              ; preds = %151
  %158 = load i8*, i8** %50, align 8, !tbaa !43
  %159 = icmp eq i64 %155, 0
  %160 = select i1 %159, i64 1, i64 %155
  %161 = tail call i8* @realloc(i8* noundef %158, i64 noundef %160) #32
  %162 = icmp eq i8* %161, null
  br i1 %162, label %163, label %164

163:                                              ; preds = %157, %151
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

164:                                              ; preds = %157
  store i8* %161, i8** %50, align 8, !tbaa !43
  store i64 %154, i64* %17, align 8, !tbaa !66
  %165 = load i64, i64* %14, align 8, !tbaa !45
  br label %166

166:                                              ; preds = %149, %164
  %167 = phi i64 [ %83, %149 ], [ %165, %164 ]
  %168 = phi i8* [ %150, %149 ], [ %161, %164 ]
  %169 = getelementptr inbounds i8, i8* %168, i64 16
  %170 = getelementptr inbounds i8, i8* %169, i64 %167
  store i8 92, i8* %170, align 1, !tbaa !13
  %171 = load i64, i64* %14, align 8, !tbaa !45
  %172 = add nsw i64 %171, 1
  store i64 %172, i64* %14, align 8, !tbaa !45
  %173 = trunc i32 %141 to i8
  %174 = add nsw i64 %171, 2
  %175 = load i64, i64* %17, align 8, !tbaa !66
  %176 = icmp slt i64 %172, %175
  br i1 %176, label %177, label %179

177:                                              ; preds = %166
  %178 = load i8*, i8** %50, align 8, !tbaa !43
  br label %194

179:                                              ; preds = %166
  %180 = shl nsw i64 %175, 1
  %181 = icmp sgt i64 %180, %174
  %182 = select i1 %181, i64 %180, i64 %174
  %183 = add nsw i64 %182, 17
  %184 = icmp sgt i64 %182, -18
  br i1 %184, label %185, label %191

185:                                              ; preds = %179
  %186 = load i8*, i8** %50, align 8, !tbaa !43
  %187 = icmp eq i64 %183, 0
  %188 = select i1 %187, i64 1, i64 %183
  %189 = tail call i8* @realloc(i8* noundef %186, i64 noundef %188) #32
  %190 = icmp eq i8* %189, null
  br i1 %190, label %191, label %192

191:                                              ; preds = %185, %179
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

192:                                              ; preds = %185
  store i8* %189, i8** %50, align 8, !tbaa !43
  store i64 %182, i64* %17, align 8, !tbaa !66
  %193 = load i64, i64* %14, align 8, !tbaa !45
  br label %194

194:                                              ; preds = %177, %192
  %195 = phi i64 [ %172, %177 ], [ %193, %192 ]
  %196 = phi i8* [ %178, %177 ], [ %189, %192 ]
  %197 = getelementptr inbounds i8, i8* %196, i64 16
  %198 = getelementptr inbounds i8, i8* %197, i64 %195
  store i8 %173, i8* %198, align 1, !tbaa !13
  br label %423

199:                                              ; preds = %139
  switch i32 %141, label %281 [
    i32 10, label %200
    i32 9, label %227
    i32 13, label %254
  ]

200:                                              ; preds = %199
  %201 = add nsw i64 %83, 2
  %202 = load i64, i64* %17, align 8, !tbaa !66
  %203 = icmp sgt i64 %201, %202
  br i1 %203, label %206, label %204

204:                                              ; preds = %200
  %205 = load i8*, i8** %50, align 8, !tbaa !43
  br label %221

206:                                              ; preds = %200
  %207 = shl nsw i64 %202, 1
  %208 = icmp sgt i64 %207, %201
  %209 = select i1 %208, i64 %207, i64 %201
  %210 = add nsw i64 %209, 17
  %211 = icmp sgt i64 %209, -18
  br i1 %211, label %212, label %218

212:                                              ; preds = %206
  %213 = load i8*, i8** %50, align 8, !tbaa !43
  %214 = icmp eq i64 %210, 0
  %215 = select i1 %214, i64 1, i64 %210
  %216 = tail call i8* @realloc(i8* noundef %213, i64 noundef %215) #32
  %217 = icmp eq i8* %216, null
  br i1 %217, label %218, label %219

218:                                              ; preds = %212, %206
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

219:                                              ; preds = %212
  store i8* %216, i8** %50, align 8, !tbaa !43
  store i64 %209, i64* %17, align 8, !tbaa !66
  %220 = load i64, i64* %14, align 8, !tbaa !45
  br label %221

221:                                              ; preds = %204, %219
  %222 = phi i64 [ %83, %204 ], [ %220, %219 ]
  %223 = phi i8* [ %205, %204 ], [ %216, %219 ]
  %224 = getelementptr inbounds i8, i8* %223, i64 16
  %225 = getelementptr inbounds i8, i8* %224, i64 %222
  %226 = bitcast i8* %225 to i16*
  store i16 28252, i16* %226, align 1
  br label %423

227:                                              ; preds = %199
  %228 = add nsw i64 %83, 2
  %229 = load i64, i64* %17, align 8, !tbaa !66
  %230 = icmp sgt i64 %228, %229
  br i1 %230, label %233, label %231

231:                                              ; preds = %227
  %232 = load i8*, i8** %50, align 8, !tbaa !43
  br label %248

233:                                              ; preds = %227
  %234 = shl nsw i64 %229, 1
  %235 = icmp sgt i64 %234, %228
  %236 = select i1 %235, i64 %234, i64 %228
  %237 = add nsw i64 %236, 17
  %238 = icmp sgt i64 %236, -18
  br i1 %238, label %239, label %245

239:                                              ; preds = %233
  %240 = load i8*, i8** %50, align 8, !tbaa !43
  %241 = icmp eq i64 %237, 0
  %242 = select i1 %241, i64 1, i64 %237
  %243 = tail call i8* @realloc(i8* noundef %240, i64 noundef %242) #32
  %244 = icmp eq i8* %243, null
  br i1 %244, label %245, label %246

245:                                              ; preds = %239, %233
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

246:                                              ; preds = %239
  store i8* %243, i8** %50, align 8, !tbaa !43
  store i64 %236, i64* %17, align 8, !tbaa !66
  %247 = load i64, i64* %14, align 8, !tbaa !45
  br label %248

248:                                              ; preds = %231, %246
  %249 = phi i64 [ %83, %231 ], [ %247, %246 ]
  %250 = phi i8* [ %232, %231 ], [ %243, %246 ]
  %251 = getelementptr inbounds i8, i8* %250, i64 16
  %252 = getelementptr inbounds i8, i8* %251, i64 %249
  %253 = bitcast i8* %252 to i16*
  store i16 29788, i16* %253, align 1
  br label %423

254:                                              ; preds = %199
  %255 = add nsw i64 %83, 2
  %256 = load i64, i64* %17, align 8, !tbaa !66
  %257 = icmp sgt i64 %255, %256
  br i1 %257, label %260, label %258

258:                                              ; preds = %254
  %259 = load i8*, i8** %50, align 8, !tbaa !43
  br label %275

260:                                              ; preds = %254
  %261 = shl nsw i64 %256, 1
  %262 = icmp sgt i64 %261, %255
  %263 = select i1 %262, i64 %261, i64 %255
  %264 = add nsw i64 %263, 17
  %265 = icmp sgt i64 %263, -18
  br i1 %265, label %266, label %272

266:                                              ; preds = %260
  %267 = load i8*, i8** %50, align 8, !tbaa !43
  %268 = icmp eq i64 %264, 0
  %269 = select i1 %268, i64 1, i64 %264
  %270 = tail call i8* @realloc(i8* noundef %267, i64 noundef %269) #32
  %271 = icmp eq i8* %270, null
  br i1 %271, label %272, label %273

272:                                              ; preds = %266, %260
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

273:                                              ; preds = %266
  store i8* %270, i8** %50, align 8, !tbaa !43
  store i64 %263, i64* %17, align 8, !tbaa !66
  %274 = load i64, i64* %14, align 8, !tbaa !45
  br label %275

275:                                              ; preds = %258, %273
  %276 = phi i64 [ %83, %258 ], [ %274, %273 ]
  %277 = phi i8* [ %259, %258 ], [ %270, %273 ]
  %278 = getelementptr inbounds i8, i8* %277, i64 16
  %279 = getelementptr inbounds i8, i8* %278, i64 %276
  %280 = bitcast i8* %279 to i16*
  store i16 29276, i16* %280, align 1
  br label %423

281:                                              ; preds = %199
  %282 = icmp slt i32 %141, 32
  br i1 %282, label %324, label %283

283:                                              ; preds = %281
  %284 = add nsw i32 %141, -127
  %285 = icmp ult i32 %284, 34
  %286 = icmp eq i32 %141, 173
  %287 = or i1 %286, %285
  br i1 %287, label %324, label %288

288:                                              ; preds = %283
  %289 = icmp ult i32 %141, 1536
  br i1 %289, label %397, label %290

290:                                              ; preds = %288
  %291 = icmp ult i32 %141, 1542
  br i1 %291, label %324, label %292

292:                                              ; preds = %290
  switch i32 %141, label %293 [
    i32 6158, label %324
    i32 5760, label %324
    i32 2274, label %324
    i32 1807, label %324
    i32 1757, label %324
    i32 1564, label %324
  ]

293:                                              ; preds = %292
  %294 = and i32 %141, -16
  %295 = icmp eq i32 %294, 8192
  %296 = and i32 %141, -8
  %297 = icmp eq i32 %296, 8232
  %298 = or i1 %295, %297
  %299 = add nsw i32 %141, -8287
  %300 = icmp ult i32 %299, 6
  %301 = or i1 %300, %298
  br i1 %301, label %324, label %302

302:                                              ; preds = %293
  %303 = add nsw i32 %141, -8294
  %304 = icmp ult i32 %303, 10
  %305 = icmp eq i32 %141, 12288
  %306 = or i1 %305, %304
  br i1 %306, label %324, label %307

307:                                              ; preds = %302
  %308 = add nsw i32 %141, -55296
  %309 = icmp ult i32 %308, 8448
  %310 = icmp eq i32 %141, 65279
  %311 = or i1 %310, %309
  br i1 %311, label %324, label %312

312:                                              ; preds = %307
  switch i32 %141, label %313 [
    i32 69837, label %324
    i32 69821, label %324
    i32 65531, label %324
    i32 65530, label %324
    i32 65529, label %324
  ]

313:                                              ; preds = %312
  %314 = icmp eq i32 %294, 78896
  %315 = and i32 %141, -4
  %316 = icmp eq i32 %315, 113824
  %317 = or i1 %314, %316
  br i1 %317, label %324, label %318

318:                                              ; preds = %313
  switch i32 %141, label %319 [
    i32 917505, label %324
    i32 119162, label %324
    i32 119161, label %324
    i32 119160, label %324
    i32 119159, label %324
    i32 119158, label %324
    i32 119157, label %324
    i32 119156, label %324
    i32 119155, label %324
  ]

319:                                              ; preds = %318
  %320 = add nsw i32 %141, -917632
  %321 = icmp ult i32 %320, -96
  %322 = icmp ult i32 %141, 983040
  %323 = and i1 %322, %321
  br i1 %323, label %397, label %324

324:                                              ; preds = %290, %319, %318, %318, %318, %318, %318, %318, %318, %318, %318, %313, %312, %312, %312, %312, %312, %307, %302, %293, %292, %292, %292, %292, %292, %292, %281, %283
  %325 = icmp slt i32 %141, 256
  %326 = icmp slt i32 %141, 65536
  %327 = add nsw i64 %83, 2
  %328 = load i64, i64* %17, align 8, !tbaa !66
  %329 = icmp sgt i64 %327, %328
  br i1 %329, label %332, label %330

330:                                              ; preds = %324
  %331 = load i8*, i8** %50, align 8, !tbaa !43
  br label %347

332:                                              ; preds = %324
  %333 = shl nsw i64 %328, 1
  %334 = icmp sgt i64 %333, %327
  %335 = select i1 %334, i64 %333, i64 %327
  %336 = add nsw i64 %335, 17
  %337 = icmp sgt i64 %335, -18
  br i1 %337, label %338, label %344

338:                                              ; preds = %332
  %339 = load i8*, i8** %50, align 8, !tbaa !43
  %340 = icmp eq i64 %336, 0
  %341 = select i1 %340, i64 1, i64 %336
  %342 = tail call i8* @realloc(i8* noundef %339, i64 noundef %341) #32
  %343 = icmp eq i8* %342, null
  br i1 %343, label %344, label %345

344:                                              ; preds = %338, %332
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

345:                                              ; preds = %338
  store i8* %342, i8** %50, align 8, !tbaa !43
  store i64 %335, i64* %17, align 8, !tbaa !66
  %346 = load i64, i64* %14, align 8, !tbaa !45
  br label %347

347:                                              ; preds = %330, %345
  %348 = phi i64 [ %83, %330 ], [ %346, %345 ]
  %349 = phi i8* [ %331, %330 ], [ %342, %345 ]
  %350 = getelementptr inbounds i8, i8* %349, i64 16
  %351 = getelementptr inbounds i8, i8* %350, i64 %348
  %352 = bitcast i8* %351 to i16*
  %353 = select i1 %326, i16 30044, i16 21852
  %354 = select i1 %325, i16 30812, i16 %353
  store i16 %354, i16* %352, align 1
  %355 = load i64, i64* %14, align 8, !tbaa !45
  %356 = add nsw i64 %355, 2
  store i64 %356, i64* %14, align 8, !tbaa !45
  %357 = select i1 %326, i32 4, i32 8
  %358 = select i1 %325, i32 2, i32 %357
  br label %359

359:                                              ; preds = %389, %347
  %360 = phi i64 [ %356, %347 ], [ %395, %389 ]
  %361 = phi i32 [ %358, %347 ], [ %362, %389 ]
  %362 = add nsw i32 %361, -1
  %363 = shl nsw i32 %362, 2
  %364 = lshr i32 %141, %363
  %365 = and i32 %364, 15
  %366 = zext i32 %365 to i64
  %367 = getelementptr inbounds [17 x i8], [17 x i8]* @.str.27, i64 0, i64 %366
  %368 = load i8, i8* %367, align 1, !tbaa !13
  %369 = add nsw i64 %360, 1
  %370 = load i64, i64* %17, align 8, !tbaa !66
  %371 = icmp slt i64 %360, %370
  br i1 %371, label %372, label %374

372:                                              ; preds = %359
  %373 = load i8*, i8** %50, align 8, !tbaa !43
  br label %389

374:                                              ; preds = %359
  %375 = shl nsw i64 %370, 1
  %376 = icmp sgt i64 %375, %369
  %377 = select i1 %376, i64 %375, i64 %369
  %378 = add nsw i64 %377, 17
  %379 = icmp sgt i64 %377, -18
  br i1 %379, label %380, label %386

380:                                              ; preds = %374
  %381 = load i8*, i8** %50, align 8, !tbaa !43
  %382 = icmp eq i64 %378, 0
  %383 = select i1 %382, i64 1, i64 %378
  %384 = tail call i8* @realloc(i8* noundef %381, i64 noundef %383) #32
  %385 = icmp eq i8* %384, null
  br i1 %385, label %386, label %387

386:                                              ; preds = %380, %374
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

387:                                              ; preds = %380
  store i8* %384, i8** %50, align 8, !tbaa !43
  store i64 %377, i64* %17, align 8, !tbaa !66
  %388 = load i64, i64* %14, align 8, !tbaa !45
  br label %389

389:                                              ; preds = %387, %372
  %390 = phi i64 [ %360, %372 ], [ %388, %387 ]
  %391 = phi i8* [ %373, %372 ], [ %384, %387 ]
  %392 = getelementptr inbounds i8, i8* %391, i64 16
  %393 = getelementptr inbounds i8, i8* %392, i64 %390
  store i8 %368, i8* %393, align 1, !tbaa !13
  %394 = load i64, i64* %14, align 8, !tbaa !45
  %395 = add nsw i64 %394, 1
  store i64 %395, i64* %14, align 8, !tbaa !45
  %396 = icmp ugt i32 %361, 1
  br i1 %396, label %359, label %427, !llvm.loop !124

397:                                              ; preds = %319, %288
  %398 = add nsw i64 %83, %140
  %399 = load i64, i64* %17, align 8, !tbaa !66
  %400 = icmp sgt i64 %398, %399
  br i1 %400, label %403, label %401

401:                                              ; preds = %397
  %402 = load i8*, i8** %50, align 8, !tbaa !43
  br label %418

403:                                              ; preds = %397
  %404 = shl nsw i64 %399, 1
  %405 = icmp sgt i64 %404, %398
  %406 = select i1 %405, i64 %404, i64 %398
  %407 = add nsw i64 %406, 17
  %408 = icmp sgt i64 %406, -18
  br i1 %408, label %409, label %415

409:                                              ; preds = %403
  %410 = load i8*, i8** %50, align 8, !tbaa !43
  %411 = icmp eq i64 %407, 0
  %412 = select i1 %411, i64 1, i64 %407
  %413 = tail call i8* @realloc(i8* noundef %410, i64 noundef %412) #32
  %414 = icmp eq i8* %413, null
  br i1 %414, label %415, label %416

415:                                              ; preds = %409, %403
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

416:                                              ; preds = %409
  store i8* %413, i8** %50, align 8, !tbaa !43
  store i64 %406, i64* %17, align 8, !tbaa !66
  %417 = load i64, i64* %14, align 8, !tbaa !45
  br label %418

418:                                              ; preds = %401, %416
  %419 = phi i64 [ %83, %401 ], [ %417, %416 ]
  %420 = phi i8* [ %402, %401 ], [ %413, %416 ]
  %421 = getelementptr inbounds i8, i8* %420, i64 16
  %422 = getelementptr inbounds i8, i8* %421, i64 %419
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %422, i8* noundef nonnull align 1 %85, i64 %140, i1 false) #32
  br label %423

423:                                              ; preds = %194, %248, %418, %275, %221
  %424 = phi i64 [ 1, %194 ], [ 2, %248 ], [ %140, %418 ], [ 2, %275 ], [ 2, %221 ]
  %425 = load i64, i64* %14, align 8, !tbaa !45
  %426 = add nsw i64 %425, %424
  store i64 %426, i64* %14, align 8, !tbaa !45
  br label %427

427:                                              ; preds = %389, %423
  %428 = phi i64 [ %426, %423 ], [ %395, %389 ]
  %429 = add nuw nsw i64 %140, %84
  %430 = load i64, i64* %4, align 8, !tbaa !11
  %431 = icmp slt i64 %429, %430
  br i1 %431, label %82, label %51, !llvm.loop !125
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i8* @memchr(i8* noundef, i32 noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nounwind
define noalias %struct.EmErr* @ember_err_new(i32 noundef %0, %struct.EmStr* noundef %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #32
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

6:                                                ; preds = %2
  %7 = bitcast i8* %3 to %struct.EmErr*
  %8 = sext i32 %0 to i64
  %9 = bitcast i8* %3 to i64*
  store i64 %8, i64* %9, align 8, !tbaa !126
  %10 = getelementptr inbounds i8, i8* %3, i64 8
  %11 = bitcast i8* %10 to %struct.EmStr**
  store %struct.EmStr* %1, %struct.EmStr** %11, align 8, !tbaa !128
  ret %struct.EmErr* %7
}

; Function Attrs: nounwind
define noalias %struct.EmErr* @ember_err_dup(%struct.EmErr* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 0
  %3 = load i64, i64* %2, align 8, !tbaa !126
  %4 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 1
  %5 = load %struct.EmStr*, %struct.EmStr** %4, align 8, !tbaa !128
  %6 = icmp eq %struct.EmStr* %5, null
  br i1 %6, label %30, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !11
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %11, label %30

11:                                               ; preds = %7
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 0
  %13 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 0
  %14 = load i64, i64* %13, align 8, !tbaa !11
  %15 = add nsw i64 %14, 17
  %16 = icmp sgt i64 %14, -18
  br i1 %16, label %17, label %22

17:                                               ; preds = %11
  %18 = icmp eq i64 %15, 0
  %19 = select i1 %18, i64 1, i64 %15
  %20 = tail call noalias i8* @malloc(i64 noundef %19) #32
  %21 = icmp eq i8* %20, null
  br i1 %21, label %22, label %23

22:                                               ; preds = %17, %11
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

23:                                               ; preds = %17
  %24 = bitcast i8* %20 to %struct.EmStr*
  %25 = bitcast i8* %20 to i64*
  store i64 %14, i64* %25, align 8, !tbaa !11
  %26 = getelementptr inbounds i8, i8* %20, i64 8
  %27 = bitcast i8* %26 to i64*
  store i64 0, i64* %27, align 8, !tbaa !11
  %28 = getelementptr inbounds i8, i8* %20, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 8 %28, i8* nonnull align 1 %12, i64 %14, i1 false) #32
  %29 = getelementptr inbounds i8, i8* %28, i64 %14
  store i8 0, i8* %29, align 1, !tbaa !13
  br label %30

30:                                               ; preds = %23, %7, %1
  %31 = phi %struct.EmStr* [ null, %1 ], [ %24, %23 ], [ %5, %7 ]
  %32 = tail call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #32
  %33 = icmp eq i8* %32, null
  br i1 %33, label %34, label %35

34:                                               ; preds = %30
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

35:                                               ; preds = %30
  %36 = bitcast i8* %32 to %struct.EmErr*
  %37 = shl i64 %3, 32
  %38 = ashr exact i64 %37, 32
  %39 = bitcast i8* %32 to i64*
  store i64 %38, i64* %39, align 8, !tbaa !126
  %40 = getelementptr inbounds i8, i8* %32, i64 8
  %41 = bitcast i8* %40 to %struct.EmStr**
  store %struct.EmStr* %31, %struct.EmStr** %41, align 8, !tbaa !128
  ret %struct.EmErr* %36
}

; Function Attrs: mustprogress nounwind willreturn
define void @ember_err_free(%struct.EmErr* noundef %0) local_unnamed_addr #9 {
  %2 = icmp eq %struct.EmErr* %0, null
  br i1 %2, label %15, label %3

3:                                                ; preds = %1
  %4 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 1
  %5 = load %struct.EmStr*, %struct.EmStr** %4, align 8, !tbaa !128
  %6 = icmp eq %struct.EmStr* %5, null
  br i1 %6, label %13, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !11
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %7
  %12 = bitcast %struct.EmStr* %5 to i8*
  tail call void @free(i8* noundef %12) #32
  br label %13

13:                                               ; preds = %3, %7, %11
  %14 = bitcast %struct.EmErr* %0 to i8*
  tail call void @free(i8* noundef %14) #32
  br label %15

15:                                               ; preds = %1, %13
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_err(%struct.EmBuf* noundef %0, %struct.EmErr* nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %112, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !126
  %8 = icmp ult i64 %7, 10
  br i1 %8, label %9, label %12

9:                                                ; preds = %5
  %10 = getelementptr inbounds [10 x i8*], [10 x i8*]* @em_kind_names, i64 0, i64 %7
  %11 = load i8*, i8** %10, align 8, !tbaa !7
  br label %12

12:                                               ; preds = %5, %9
  %13 = phi i8* [ %11, %9 ], [ getelementptr inbounds ([13 x i8], [13 x i8]* @.str.54, i64 0, i64 0), %5 ]
  %14 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %13) #33
  %15 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %16 = load i64, i64* %15, align 8, !tbaa !45
  %17 = add nsw i64 %16, %14
  %18 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %19 = load i64, i64* %18, align 8, !tbaa !66
  %20 = icmp sgt i64 %17, %19
  br i1 %20, label %24, label %21

21:                                               ; preds = %12
  %22 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %23 = load i8*, i8** %22, align 8, !tbaa !43
  br label %40

24:                                               ; preds = %12
  %25 = shl nsw i64 %19, 1
  %26 = icmp sgt i64 %25, %17
  %27 = select i1 %26, i64 %25, i64 %17
  %28 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %29 = add nsw i64 %27, 17
  %30 = icmp sgt i64 %27, -18
  br i1 %30, label %31, label %37

31:                                               ; preds = %24
  %32 = load i8*, i8** %28, align 8, !tbaa !43
  %33 = icmp eq i64 %29, 0
  %34 = select i1 %33, i64 1, i64 %29
  %35 = tail call i8* @realloc(i8* noundef %32, i64 noundef %34) #32
  %36 = icmp eq i8* %35, null
  br i1 %36, label %37, label %38

37:                                               ; preds = %31, %24
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

38:                                               ; preds = %31
  store i8* %35, i8** %28, align 8, !tbaa !43
  store i64 %27, i64* %18, align 8, !tbaa !66
  %39 = load i64, i64* %15, align 8, !tbaa !45
  br label %40

40:                                               ; preds = %21, %38
  %41 = phi i64 [ %16, %21 ], [ %39, %38 ]
  %42 = phi i8* [ %23, %21 ], [ %35, %38 ]
  %43 = getelementptr inbounds i8, i8* %42, i64 16
  %44 = getelementptr inbounds i8, i8* %43, i64 %41
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %44, i8* align 1 %13, i64 %14, i1 false) #32
  %45 = load i64, i64* %15, align 8, !tbaa !45
  %46 = add nsw i64 %45, %14
  store i64 %46, i64* %15, align 8, !tbaa !45
  %47 = add nsw i64 %46, 1
  %48 = load i64, i64* %18, align 8, !tbaa !66
  %49 = icmp slt i64 %46, %48
  br i1 %49, label %50, label %53

50:                                               ; preds = %40
  %51 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %52 = load i8*, i8** %51, align 8, !tbaa !43
  br label %69

53:                                               ; preds = %40
  %54 = shl nsw i64 %48, 1
  %55 = icmp sgt i64 %54, %47
  %56 = select i1 %55, i64 %54, i64 %47
  %57 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %58 = add nsw i64 %56, 17
  %59 = icmp sgt i64 %56, -18
  br i1 %59, label %60, label %66

60:                                               ; preds = %53
  %61 = load i8*, i8** %57, align 8, !tbaa !43
  %62 = icmp eq i64 %58, 0
  %63 = select i1 %62, i64 1, i64 %58
  %64 = tail call i8* @realloc(i8* noundef %61, i64 noundef %63) #32
  %65 = icmp eq i8* %64, null
  br i1 %65, label %66, label %67

66:                                               ; preds = %60, %53
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

67:                                               ; preds = %60
  store i8* %64, i8** %57, align 8, !tbaa !43
  store i64 %56, i64* %18, align 8, !tbaa !66
  %68 = load i64, i64* %15, align 8, !tbaa !45
  br label %69

69:                                               ; preds = %50, %67
  %70 = phi i64 [ %46, %50 ], [ %68, %67 ]
  %71 = phi i8* [ %52, %50 ], [ %64, %67 ]
  %72 = getelementptr inbounds i8, i8* %71, i64 16
  %73 = getelementptr inbounds i8, i8* %72, i64 %70
  store i8 40, i8* %73, align 1, !tbaa !13
  %74 = load i64, i64* %15, align 8, !tbaa !45
  %75 = add nsw i64 %74, 1
  store i64 %75, i64* %15, align 8, !tbaa !45
  %76 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 1
  %77 = load %struct.EmStr*, %struct.EmStr** %76, align 8, !tbaa !128
  %78 = icmp eq %struct.EmStr* %77, null
  br i1 %78, label %81, label %79

79:                                               ; preds = %69
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef nonnull %0, %struct.EmStr* noundef nonnull %77)
  %80 = load i64, i64* %15, align 8, !tbaa !45
  br label %81

81:                                               ; preds = %79, %69
  %82 = phi i64 [ %80, %79 ], [ %75, %69 ]
  %83 = add nsw i64 %82, 1
  %84 = load i64, i64* %18, align 8, !tbaa !66
  %85 = icmp slt i64 %82, %84
  br i1 %85, label %86, label %89

86:                                               ; preds = %81
  %87 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %88 = load i8*, i8** %87, align 8, !tbaa !43
  br label %105

89:                                               ; preds = %81
  %90 = shl nsw i64 %84, 1
  %91 = icmp sgt i64 %90, %83
  %92 = select i1 %91, i64 %90, i64 %83
  %93 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %94 = add nsw i64 %92, 17
  %95 = icmp sgt i64 %92, -18
  br i1 %95, label %96, label %102

96:                                               ; preds = %89
  %97 = load i8*, i8** %93, align 8, !tbaa !43
  %98 = icmp eq i64 %94, 0
  %99 = select i1 %98, i64 1, i64 %94
  %100 = tail call i8* @realloc(i8* noundef %97, i64 noundef %99) #32
  %101 = icmp eq i8* %100, null
  br i1 %101, label %102, label %103

102:                                              ; preds = %96, %89
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

103:                                              ; preds = %96
  store i8* %100, i8** %93, align 8, !tbaa !43
  store i64 %92, i64* %18, align 8, !tbaa !66
  %104 = load i64, i64* %15, align 8, !tbaa !45
  br label %105

105:                                              ; preds = %86, %103
  %106 = phi i64 [ %82, %86 ], [ %104, %103 ]
  %107 = phi i8* [ %88, %86 ], [ %100, %103 ]
  %108 = getelementptr inbounds i8, i8* %107, i64 16
  %109 = getelementptr inbounds i8, i8* %108, i64 %106
  store i8 41, i8* %109, align 1, !tbaa !13
  %110 = load i64, i64* %15, align 8, !tbaa !45
  %111 = add nsw i64 %110, 1
  store i64 %111, i64* %15, align 8, !tbaa !45
  br label %157

112:                                              ; preds = %3
  %113 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 1
  %114 = load %struct.EmStr*, %struct.EmStr** %113, align 8, !tbaa !128
  %115 = icmp eq %struct.EmStr* %114, null
  br i1 %115, label %157, label %116

116:                                              ; preds = %112
  %117 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %1, i64 0, i32 0
  %118 = load i64, i64* %117, align 8, !tbaa !126
  %119 = icmp eq i64 %118, 6
  br i1 %119, label %120, label %121

120:                                              ; preds = %116
  tail call void @ember_buf_str_repr(%struct.EmBuf* noundef %0, %struct.EmStr* noundef nonnull %114)
  br label %157

121:                                              ; preds = %116
  %122 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %114, i64 0, i32 0
  %123 = load i64, i64* %122, align 8, !tbaa !11
  %124 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %125 = load i64, i64* %124, align 8, !tbaa !45
  %126 = add nsw i64 %125, %123
  %127 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %128 = load i64, i64* %127, align 8, !tbaa !66
  %129 = icmp sgt i64 %126, %128
  br i1 %129, label %133, label %130

130:                                              ; preds = %121
  %131 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %132 = load i8*, i8** %131, align 8, !tbaa !43
  br label %149

133:                                              ; preds = %121
  %134 = shl nsw i64 %128, 1
  %135 = icmp sgt i64 %134, %126
  %136 = select i1 %135, i64 %134, i64 %126
  %137 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %138 = add nsw i64 %136, 17
  %139 = icmp sgt i64 %136, -18
  br i1 %139, label %140, label %146

140:                                              ; preds = %133
  %141 = load i8*, i8** %137, align 8, !tbaa !43
  %142 = icmp eq i64 %138, 0
  %143 = select i1 %142, i64 1, i64 %138
  %144 = tail call i8* @realloc(i8* noundef %141, i64 noundef %143) #32
  %145 = icmp eq i8* %144, null
  br i1 %145, label %146, label %147

146:                                              ; preds = %140, %133
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

147:                                              ; preds = %140
  store i8* %144, i8** %137, align 8, !tbaa !43
  store i64 %136, i64* %127, align 8, !tbaa !66
  %148 = load i64, i64* %124, align 8, !tbaa !45
  br label %149

149:                                              ; preds = %130, %147
  %150 = phi i64 [ %125, %130 ], [ %148, %147 ]
  %151 = phi i8* [ %132, %130 ], [ %144, %147 ]
  %152 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %114, i64 0, i32 2, i64 0
  %153 = getelementptr inbounds i8, i8* %151, i64 16
  %154 = getelementptr inbounds i8, i8* %153, i64 %150
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %154, i8* nonnull align 1 %152, i64 %123, i1 false) #32
  %155 = load i64, i64* %124, align 8, !tbaa !45
  %156 = add nsw i64 %155, %123
  store i64 %156, i64* %124, align 8, !tbaa !45
  br label %157

157:                                              ; preds = %112, %149, %120, %105
  ret void
}

; Function Attrs: noreturn nounwind
define void @ember_err_uncaught(%struct.EmErr* noundef %0) local_unnamed_addr #6 {
  %2 = tail call %struct.EmBuf* @ember_buf_new()
  tail call void @ember_buf_err(%struct.EmBuf* noundef %2, %struct.EmErr* noundef %0, i32 noundef 0)
  %3 = getelementptr inbounds %struct.EmErr, %struct.EmErr* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !126
  %5 = trunc i64 %4 to i32
  tail call void @ember_err_free(%struct.EmErr* noundef %0)
  %6 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %2, i64 0, i32 0
  %7 = load i8*, i8** %6, align 8, !tbaa !43
  %8 = getelementptr inbounds i8, i8* %7, i64 16
  %9 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %2, i64 0, i32 1
  %10 = load i64, i64* %9, align 8, !tbaa !45
  tail call fastcc void @fault_n(i32 noundef %5, i8* noundef nonnull %8, i64 noundef %10, i8* noundef null, i32 noundef 0, i32 noundef 0) #35
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
  tail call fastcc void @buf_cs(%struct.EmBuf* noundef %0, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.13, i64 0, i64 0))
  br label %87

8:                                                ; preds = %3
  %9 = bitcast double %1 to i64
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %45

11:                                               ; preds = %8
  %12 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %13 = load i64, i64* %12, align 8, !tbaa !45
  %14 = add nsw i64 %13, 1
  %15 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %16 = load i64, i64* %15, align 8, !tbaa !66
  %17 = icmp slt i64 %13, %16
  br i1 %17, label %18, label %21

18:                                               ; preds = %11
  %19 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %20 = load i8*, i8** %19, align 8, !tbaa !43
  br label %37

21:                                               ; preds = %11
  %22 = shl nsw i64 %16, 1
  %23 = icmp sgt i64 %22, %14
  %24 = select i1 %23, i64 %22, i64 %14
  %25 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %26 = add nsw i64 %24, 17
  %27 = icmp sgt i64 %24, -18
  br i1 %27, label %28, label %34

28:                                               ; preds = %21
  %29 = load i8*, i8** %25, align 8, !tbaa !43
  %30 = icmp eq i64 %26, 0
  %31 = select i1 %30, i64 1, i64 %26
  %32 = tail call i8* @realloc(i8* noundef %29, i64 noundef %31) #32
  %33 = icmp eq i8* %32, null
  br i1 %33, label %34, label %35

34:                                               ; preds = %28, %21
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

35:                                               ; preds = %28
  store i8* %32, i8** %25, align 8, !tbaa !43
  store i64 %24, i64* %15, align 8, !tbaa !66
  %36 = load i64, i64* %12, align 8, !tbaa !45
  br label %37

37:                                               ; preds = %18, %35
  %38 = phi i64 [ %13, %18 ], [ %36, %35 ]
  %39 = phi i8* [ %20, %18 ], [ %32, %35 ]
  %40 = getelementptr inbounds i8, i8* %39, i64 16
  %41 = getelementptr inbounds i8, i8* %40, i64 %38
  store i8 45, i8* %41, align 1, !tbaa !13
  %42 = load i64, i64* %12, align 8, !tbaa !45
  %43 = add nsw i64 %42, 1
  store i64 %43, i64* %12, align 8, !tbaa !45
  %44 = fneg double %1
  br label %45

45:                                               ; preds = %37, %8
  %46 = phi double [ %44, %37 ], [ %1, %8 ]
  %47 = tail call double @llvm.fabs.f64(double %46) #37
  %48 = fcmp oeq double %47, 0x7FF0000000000000
  br i1 %48, label %49, label %82

49:                                               ; preds = %45
  %50 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %51 = load i64, i64* %50, align 8, !tbaa !45
  %52 = add nsw i64 %51, 3
  %53 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %54 = load i64, i64* %53, align 8, !tbaa !66
  %55 = icmp sgt i64 %52, %54
  br i1 %55, label %59, label %56

56:                                               ; preds = %49
  %57 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %58 = load i8*, i8** %57, align 8, !tbaa !43
  br label %75

59:                                               ; preds = %49
  %60 = shl nsw i64 %54, 1
  %61 = icmp sgt i64 %60, %52
  %62 = select i1 %61, i64 %60, i64 %52
  %63 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %64 = add nsw i64 %62, 17
  %65 = icmp sgt i64 %62, -18
  br i1 %65, label %66, label %72

66:                                               ; preds = %59
  %67 = load i8*, i8** %63, align 8, !tbaa !43
  %68 = icmp eq i64 %64, 0
  %69 = select i1 %68, i64 1, i64 %64
  %70 = tail call i8* @realloc(i8* noundef %67, i64 noundef %69) #32
  %71 = icmp eq i8* %70, null
  br i1 %71, label %72, label %73

72:                                               ; preds = %66, %59
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

73:                                               ; preds = %66
  store i8* %70, i8** %63, align 8, !tbaa !43
  store i64 %62, i64* %53, align 8, !tbaa !66
  %74 = load i64, i64* %50, align 8, !tbaa !45
  br label %75

75:                                               ; preds = %56, %73
  %76 = phi i64 [ %51, %56 ], [ %74, %73 ]
  %77 = phi i8* [ %58, %56 ], [ %70, %73 ]
  %78 = getelementptr inbounds i8, i8* %77, i64 16
  %79 = getelementptr inbounds i8, i8* %78, i64 %76
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(3) %79, i8* noundef nonnull align 1 dereferenceable(3) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.11, i64 0, i64 0), i64 3, i1 false) #32
  %80 = load i64, i64* %50, align 8, !tbaa !45
  %81 = add nsw i64 %80, 3
  store i64 %81, i64* %50, align 8, !tbaa !45
  br label %87

82:                                               ; preds = %45
  %83 = getelementptr inbounds [24 x i8], [24 x i8]* %4, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %83) #32
  %84 = bitcast i32* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %84) #32
  %85 = call fastcc i32 @shortest_digits(double noundef %46, i32 noundef %2, i8* noundef nonnull %83, i32* noundef nonnull %5)
  %86 = load i32, i32* %5, align 4, !tbaa !3
  call fastcc void @float_layout(%struct.EmBuf* noundef %0, i8* noundef nonnull %83, i32 noundef %85, i32 noundef %86, i32 noundef 114, i64 noundef 0, i32 noundef 1, i32 noundef 0, i8 noundef signext 101)
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %84) #32
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %83) #32
  br label %87

87:                                               ; preds = %82, %75, %7
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
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %15) #32
  %16 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 0
  store i32 %2, i32* %16, align 8, !tbaa !129
  %17 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 1
  store i32 %3, i32* %17, align 4, !tbaa !131
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 2
  store i32 %4, i32* %18, align 8, !tbaa !132
  %19 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 3
  store i32 %5, i32* %19, align 4, !tbaa !133
  %20 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 4
  store i32 %6, i32* %20, align 8, !tbaa !134
  %21 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 5
  store i64 %7, i64* %21, align 8, !tbaa !135
  %22 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 6
  store i32 %8, i32* %22, align 8, !tbaa !136
  %23 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 7
  store i64 %9, i64* %23, align 8, !tbaa !137
  %24 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 8
  store i32 %10, i32* %24, align 8, !tbaa !138
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
  %35 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %36 = icmp eq i8* %35, null
  br i1 %36, label %37, label %38

37:                                               ; preds = %11
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

38:                                               ; preds = %11
  %39 = getelementptr inbounds i8, i8* %35, i64 8
  %40 = bitcast i8* %39 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %40, align 8, !tbaa !11
  %41 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %42 = icmp eq i8* %41, null
  br i1 %42, label %43, label %44

43:                                               ; preds = %38
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

44:                                               ; preds = %38
  %45 = bitcast i8* %35 to %struct.EmBuf*
  %46 = bitcast i8* %35 to i8**
  store i8* %41, i8** %46, align 8, !tbaa !43
  %47 = fcmp ueq double %34, 0x7FF0000000000000
  br i1 %47, label %48, label %55

48:                                               ; preds = %44
  %49 = fcmp uno double %33, 0.000000e+00
  %50 = select i1 %26, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.20, i64 0, i64 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.13, i64 0, i64 0)
  %51 = select i1 %26, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.21, i64 0, i64 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.11, i64 0, i64 0)
  %52 = select i1 %49, i8* %50, i8* %51
  %53 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 1
  %54 = getelementptr inbounds i8, i8* %41, i64 16
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(3) %54, i8* noundef nonnull align 1 dereferenceable(3) %52, i64 3, i1 false) #32
  store i64 3, i64* %53, align 8, !tbaa !45
  br label %96

55:                                               ; preds = %44
  switch i32 %30, label %62 [
    i32 102, label %56
    i32 37, label %56
  ]

56:                                               ; preds = %55, %55
  %57 = icmp eq i32 %5, 0
  %58 = select i1 %57, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.23, i64 0, i64 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.22, i64 0, i64 0)
  %59 = icmp slt i64 %9, 0
  %60 = trunc i64 %9 to i32
  %61 = select i1 %59, i32 6, i32 %60
  tail call fastcc void @buf_fixed(%struct.EmBuf* noundef nonnull %45, i8* noundef %58, i32 noundef %61, double noundef %34)
  br label %96

62:                                               ; preds = %55
  %63 = icmp slt i64 %9, 0
  %64 = select i1 %63, i64 6, i64 %9
  %65 = icmp eq i32 %30, 101
  %66 = select i1 %65, i32 101, i32 103
  %67 = add nuw nsw i64 %64, 1
  %68 = icmp eq i64 %64, 0
  %69 = select i1 %68, i64 1, i64 %64
  %70 = select i1 %65, i64 %67, i64 %69
  %71 = icmp eq i32 %30, 0
  %72 = and i1 %63, %71
  %73 = select i1 %72, i32 114, i32 %66
  %74 = getelementptr inbounds [32 x i8], [32 x i8]* %13, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %74) #32
  %75 = icmp ult i64 %70, 31
  br i1 %75, label %81, label %76

76:                                               ; preds = %62
  %77 = add nuw nsw i64 %70, 1
  %78 = tail call noalias i8* @malloc(i64 noundef %77) #32
  %79 = icmp eq i8* %78, null
  br i1 %79, label %80, label %81

80:                                               ; preds = %76
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

81:                                               ; preds = %76, %62
  %82 = phi i8* [ %74, %62 ], [ %78, %76 ]
  %83 = bitcast i32* %14 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %83) #32
  br i1 %72, label %84, label %86

84:                                               ; preds = %81
  %85 = call fastcc i32 @shortest_digits(double noundef %34, i32 noundef 0, i8* noundef nonnull %82, i32* noundef nonnull %14)
  br label %88

86:                                               ; preds = %81
  %87 = call fastcc i32 @sig_digits(double noundef %34, i64 noundef %70, i8* noundef nonnull %82, i32* noundef nonnull %14)
  br label %88

88:                                               ; preds = %86, %84
  %89 = phi i32 [ %85, %84 ], [ %87, %86 ]
  %90 = load i32, i32* %14, align 4, !tbaa !3
  %91 = zext i1 %71 to i32
  %92 = select i1 %26, i8 69, i8 101
  call fastcc void @float_layout(%struct.EmBuf* noundef nonnull %45, i8* noundef nonnull %82, i32 noundef %89, i32 noundef %90, i32 noundef %73, i64 noundef %70, i32 noundef %91, i32 noundef %5, i8 noundef signext %92)
  %93 = icmp eq i8* %82, %74
  br i1 %93, label %95, label %94

94:                                               ; preds = %88
  call void @free(i8* noundef nonnull %82) #32
  br label %95

95:                                               ; preds = %94, %88
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %83) #32
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %74) #32
  br label %96

96:                                               ; preds = %56, %95, %48
  br i1 %31, label %102, label %97

97:                                               ; preds = %96
  %98 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 0
  %99 = load i8*, i8** %98, align 8, !tbaa !43
  %100 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 1
  %101 = load i64, i64* %100, align 8, !tbaa !45
  br label %131

102:                                              ; preds = %96
  %103 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 1
  %104 = load i64, i64* %103, align 8, !tbaa !45
  %105 = add nsw i64 %104, 1
  %106 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 2
  %107 = load i64, i64* %106, align 8, !tbaa !66
  %108 = icmp slt i64 %104, %107
  br i1 %108, label %109, label %112

109:                                              ; preds = %102
  %110 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 0
  %111 = load i8*, i8** %110, align 8, !tbaa !43
  br label %127

112:                                              ; preds = %102
  %113 = shl nsw i64 %107, 1
  %114 = icmp sgt i64 %113, %105
  %115 = select i1 %114, i64 %113, i64 %105
  %116 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %45, i64 0, i32 0
  %117 = add nsw i64 %115, 17
  %118 = icmp sgt i64 %115, -18
  br i1 %118, label %119, label %125

119:                                              ; preds = %112
  %120 = load i8*, i8** %116, align 8, !tbaa !43
  %121 = icmp eq i64 %117, 0
  %122 = select i1 %121, i64 1, i64 %117
  %123 = call i8* @realloc(i8* noundef %120, i64 noundef %122) #32
  %124 = icmp eq i8* %123, null
  br i1 %124, label %125, label %126

125:                                              ; preds = %119, %112
  call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

126:                                              ; preds = %119
  store i8* %123, i8** %116, align 8, !tbaa !43
  store i64 %115, i64* %106, align 8, !tbaa !66
  br label %127

127:                                              ; preds = %109, %126
  %128 = phi i8* [ %111, %109 ], [ %123, %126 ]
  %129 = getelementptr inbounds i8, i8* %128, i64 16
  %130 = getelementptr inbounds i8, i8* %129, i64 %104
  store i8 37, i8* %130, align 1, !tbaa !13
  store i64 %105, i64* %103, align 8, !tbaa !45
  br label %131

131:                                              ; preds = %97, %127
  %132 = phi i64 [ %101, %97 ], [ %105, %127 ]
  %133 = phi i8* [ %99, %97 ], [ %128, %127 ]
  %134 = getelementptr inbounds i8, i8* %133, i64 16
  %135 = icmp sgt i64 %132, 0
  br i1 %135, label %136, label %145

136:                                              ; preds = %131, %142
  %137 = phi i64 [ %143, %142 ], [ 0, %131 ]
  %138 = getelementptr inbounds i8, i8* %134, i64 %137
  %139 = load i8, i8* %138, align 1, !tbaa !13
  %140 = add i8 %139, -48
  %141 = icmp ult i8 %140, 10
  br i1 %141, label %142, label %145

142:                                              ; preds = %136
  %143 = add nuw nsw i64 %137, 1
  %144 = icmp eq i64 %143, %132
  br i1 %144, label %145, label %136, !llvm.loop !139

145:                                              ; preds = %136, %142, %131
  %146 = phi i64 [ 0, %131 ], [ %132, %142 ], [ %137, %136 ]
  %147 = bitcast double %33 to i64
  %148 = icmp slt i64 %147, 0
  %149 = fcmp ord double %33, 0.000000e+00
  %150 = and i1 %149, %148
  %151 = zext i1 %150 to i32
  %152 = getelementptr inbounds i8, i8* %134, i64 %146
  %153 = sub nsw i64 %132, %146
  call fastcc void @put_number(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef %151, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.24, i64 0, i64 0), i8* noundef nonnull %134, i64 noundef %146, i8* noundef nonnull %152, i64 noundef %153, i32 noundef 3)
  call void @free(i8* noundef %133) #32
  call void @free(i8* noundef %35) #32
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %15) #32
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fabs.f64(double) #5

; Function Attrs: nounwind
define internal fastcc void @buf_fixed(%struct.EmBuf* nocapture noundef %0, i8* nocapture noundef readonly %1, i32 noundef %2, double noundef %3) unnamed_addr #0 {
  %5 = tail call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef null, i64 noundef 0, i8* noundef %1, i32 noundef %2, double noundef %3) #32
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %8 = load i64, i64* %7, align 8, !tbaa !45
  %9 = add nsw i64 %8, %6
  %10 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %11 = load i64, i64* %10, align 8, !tbaa !66
  %12 = icmp sgt i64 %9, %11
  br i1 %12, label %16, label %13

13:                                               ; preds = %4
  %14 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %15 = load i8*, i8** %14, align 8, !tbaa !43
  br label %32

16:                                               ; preds = %4
  %17 = shl nsw i64 %11, 1
  %18 = icmp sgt i64 %17, %9
  %19 = select i1 %18, i64 %17, i64 %9
  %20 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %21 = add nsw i64 %19, 17
  %22 = icmp sgt i64 %19, -18
  br i1 %22, label %23, label %29

23:                                               ; preds = %16
  %24 = load i8*, i8** %20, align 8, !tbaa !43
  %25 = icmp eq i64 %21, 0
  %26 = select i1 %25, i64 1, i64 %21
  %27 = tail call i8* @realloc(i8* noundef %24, i64 noundef %26) #32
  %28 = icmp eq i8* %27, null
  br i1 %28, label %29, label %30

29:                                               ; preds = %23, %16
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

30:                                               ; preds = %23
  store i8* %27, i8** %20, align 8, !tbaa !43
  store i64 %19, i64* %10, align 8, !tbaa !66
  %31 = load i64, i64* %7, align 8, !tbaa !45
  br label %32

32:                                               ; preds = %13, %30
  %33 = phi i64 [ %8, %13 ], [ %31, %30 ]
  %34 = phi i8* [ %15, %13 ], [ %27, %30 ]
  %35 = getelementptr inbounds i8, i8* %34, i64 16
  %36 = getelementptr inbounds i8, i8* %35, i64 %33
  %37 = add nsw i64 %6, 1
  %38 = tail call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %36, i64 noundef %37, i8* noundef %1, i32 noundef %2, double noundef %3) #32
  %39 = load i64, i64* %7, align 8, !tbaa !45
  %40 = add nsw i64 %39, %6
  store i64 %40, i64* %7, align 8, !tbaa !45
  ret void
}

; Function Attrs: nounwind
define internal fastcc i32 @shortest_digits(double noundef %0, i32 noundef %1, i8* noundef %2, i32* nocapture noundef %3) unnamed_addr #0 {
  %5 = alloca [48 x i8], align 16
  %6 = alloca [48 x i8], align 16
  %7 = alloca i32, align 4
  %8 = alloca [24 x i8], align 16
  %9 = bitcast i32* %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %9) #32
  %10 = call double @frexp(double noundef %0, i32* noundef nonnull %7) #32
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
  store i8 %35, i8* %37, align 1, !tbaa !13
  %38 = udiv i64 %19, 10
  br label %39

39:                                               ; preds = %31, %27
  %40 = phi i64 [ %28, %27 ], [ %32, %31 ]
  %41 = phi i64 [ %19, %27 ], [ %38, %31 ]
  %42 = icmp eq i32 %45, 0
  br i1 %42, label %49, label %51

43:                                               ; preds = %22, %43
  %44 = phi i64 [ %47, %43 ], [ %19, %22 ]
  %45 = phi i32 [ %46, %43 ], [ 0, %22 ]
  %46 = add nuw nsw i32 %45, 1
  %47 = udiv i64 %44, 10
  %48 = icmp ult i64 %44, 10
  br i1 %48, label %27, label %43, !llvm.loop !140

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
  store i8 %57, i8* %59, align 1, !tbaa !13
  %60 = udiv i64 %53, 10
  %61 = add nsw i64 %52, -2
  %62 = urem i64 %60, 10
  %63 = trunc i64 %62 to i8
  %64 = or i8 %63, 48
  %65 = and i64 %61, 4294967295
  %66 = getelementptr inbounds i8, i8* %2, i64 %65
  store i8 %64, i8* %66, align 1, !tbaa !13
  %67 = udiv i64 %53, 100
  %68 = icmp ugt i64 %54, 1
  br i1 %68, label %51, label %49, !llvm.loop !141

69:                                               ; preds = %25, %69
  %70 = phi i64 [ %71, %69 ], [ %26, %25 ]
  %71 = add i64 %70, -1
  %72 = getelementptr inbounds i8, i8* %2, i64 %71
  %73 = load i8, i8* %72, align 1, !tbaa !13
  %74 = icmp eq i8 %73, 48
  br i1 %74, label %69, label %156, !llvm.loop !142

75:                                               ; preds = %18, %4
  %76 = fcmp oge double %0, 0x3810000000000000
  %77 = fcmp oge double %0, 0x10000000000000
  %78 = select i1 %12, i1 %77, i1 %76
  %79 = select i1 %12, i32 15, i32 6
  %80 = select i1 %78, i32 %79, i32 1
  %81 = zext i32 %80 to i64
  %82 = call fastcc i32 @sig_digits(double noundef %0, i64 noundef %81, i8* noundef %2, i32* noundef %3)
  %83 = getelementptr inbounds [48 x i8], [48 x i8]* %6, i64 0, i64 0
  %84 = fptrunc double %0 to float
  %85 = getelementptr inbounds [24 x i8], [24 x i8]* %8, i64 0, i64 0
  %86 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 0
  %87 = add nsw i32 %80, -1
  br label %88

88:                                               ; preds = %75, %151
  %89 = phi i64 [ %81, %75 ], [ %152, %151 ]
  %90 = phi i32 [ 0, %75 ], [ %155, %151 ]
  %91 = phi i32 [ %82, %75 ], [ %153, %151 ]
  %92 = trunc i64 %89 to i32
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 1)
  %94 = add i32 %87, %90
  %95 = load i32, i32* %3, align 4, !tbaa !3
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %83) #32
  %96 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %83, i64 noundef 48, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str.73, i64 0, i64 0), i32 noundef %91, i8* noundef %2, i32 noundef %95) #32
  br i1 %12, label %100, label %97

97:                                               ; preds = %88
  %98 = call float @strtof(i8* nocapture noundef nonnull %83, i8** noundef null) #32
  %99 = fcmp oeq float %98, %84
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %83) #32
  br i1 %99, label %158, label %103

100:                                              ; preds = %88
  %101 = call double @strtod(i8* nocapture noundef nonnull %83, i8** noundef null) #32
  %102 = fcmp oeq double %101, %0
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %83) #32
  br i1 %102, label %158, label %103

103:                                              ; preds = %97, %100
  br i1 %11, label %104, label %151

104:                                              ; preds = %103
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %85) #32
  %105 = load i32, i32* %3, align 4, !tbaa !3
  %106 = sext i32 %91 to i64
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 16 %85, i8* align 1 %2, i64 %106, i1 false)
  %107 = icmp sgt i64 %89, %106
  br i1 %107, label %108, label %113

108:                                              ; preds = %104
  %109 = getelementptr [24 x i8], [24 x i8]* %8, i64 0, i64 %106
  %110 = sub i32 %94, %91
  %111 = zext i32 %110 to i64
  %112 = add nuw nsw i64 %111, 1
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(1) %109, i8 48, i64 %112, i1 false), !tbaa !13
  br label %113

113:                                              ; preds = %108, %104
  br label %114

114:                                              ; preds = %113, %121
  %115 = phi i64 [ %116, %121 ], [ %89, %113 ]
  %116 = add nsw i64 %115, -1
  %117 = and i64 %116, 4294967295
  %118 = getelementptr inbounds [24 x i8], [24 x i8]* %8, i64 0, i64 %117
  %119 = load i8, i8* %118, align 1, !tbaa !13
  %120 = icmp eq i8 %119, 57
  br i1 %120, label %121, label %125

121:                                              ; preds = %114
  store i8 48, i8* %118, align 1, !tbaa !13
  %122 = icmp sgt i64 %115, 1
  br i1 %122, label %114, label %123, !llvm.loop !143

123:                                              ; preds = %121
  store i8 49, i8* %85, align 16, !tbaa !13
  %124 = add nsw i32 %105, 1
  br label %127

125:                                              ; preds = %114
  %126 = add i8 %119, 1
  store i8 %126, i8* %118, align 1, !tbaa !13
  br label %127

127:                                              ; preds = %125, %123
  %128 = phi i32 [ %124, %123 ], [ %105, %125 ]
  br label %129

129:                                              ; preds = %132, %127
  %130 = phi i64 [ %133, %132 ], [ %89, %127 ]
  %131 = icmp sgt i64 %130, 1
  br i1 %131, label %132, label %139

132:                                              ; preds = %129
  %133 = add nsw i64 %130, -1
  %134 = getelementptr inbounds [24 x i8], [24 x i8]* %8, i64 0, i64 %133
  %135 = load i8, i8* %134, align 1, !tbaa !13
  %136 = icmp eq i8 %135, 48
  br i1 %136, label %129, label %137, !llvm.loop !144

137:                                              ; preds = %132
  %138 = trunc i64 %130 to i32
  br label %139

139:                                              ; preds = %129, %137
  %140 = phi i32 [ %138, %137 ], [ %93, %129 ]
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %86) #32
  %141 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %86, i64 noundef 48, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str.73, i64 0, i64 0), i32 noundef %140, i8* noundef nonnull %85, i32 noundef %128) #32
  br i1 %12, label %145, label %142

142:                                              ; preds = %139
  %143 = call float @strtof(i8* nocapture noundef nonnull %86, i8** noundef null) #32
  %144 = fcmp oeq float %143, %84
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %86) #32
  br i1 %144, label %149, label %148

145:                                              ; preds = %139
  %146 = call double @strtod(i8* nocapture noundef nonnull %86, i8** noundef null) #32
  %147 = fcmp oeq double %146, %0
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %86) #32
  br i1 %147, label %149, label %148

148:                                              ; preds = %142, %145
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %85) #32
  br label %151

149:                                              ; preds = %142, %145
  %150 = sext i32 %140 to i64
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %2, i8* nonnull align 16 %85, i64 %150, i1 false)
  store i32 %128, i32* %3, align 4, !tbaa !3
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %85) #32
  br label %158

151:                                              ; preds = %148, %103
  %152 = add nuw nsw i64 %89, 1
  %153 = call fastcc i32 @sig_digits(double noundef %0, i64 noundef %152, i8* noundef %2, i32* noundef nonnull %3)
  %154 = icmp eq i64 %152, %13
  %155 = add i32 %90, 1
  br i1 %154, label %158, label %88

156:                                              ; preds = %69
  %157 = trunc i64 %70 to i32
  br label %158

158:                                              ; preds = %151, %100, %97, %156, %149
  %159 = phi i32 [ %140, %149 ], [ %157, %156 ], [ %91, %97 ], [ %91, %100 ], [ %153, %151 ]
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %9) #32
  ret i32 %159
}

; Function Attrs: nounwind
define internal fastcc i32 @sig_digits(double noundef %0, i64 noundef %1, i8* nocapture noundef %2, i32* nocapture noundef writeonly %3) unnamed_addr #0 {
  %5 = alloca [48 x i8], align 16
  %6 = getelementptr inbounds [48 x i8], [48 x i8]* %5, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %6) #32
  %7 = add i64 %1, 16
  %8 = icmp ult i64 %7, 49
  br i1 %8, label %15, label %9

9:                                                ; preds = %4
  %10 = icmp sgt i64 %7, -1
  br i1 %10, label %11, label %14

11:                                               ; preds = %9
  %12 = tail call noalias i8* @malloc(i64 noundef %7) #32
  %13 = icmp eq i8* %12, null
  br i1 %13, label %14, label %15

14:                                               ; preds = %11, %9
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

15:                                               ; preds = %11, %4
  %16 = phi i8* [ %6, %4 ], [ %12, %11 ]
  %17 = trunc i64 %1 to i32
  %18 = add i32 %17, -1
  %19 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %16, i64 noundef %7, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.74, i64 0, i64 0), i32 noundef %18, double noundef %0) #32
  br label %20

20:                                               ; preds = %28, %15
  %21 = phi i32 [ 0, %15 ], [ %29, %28 ]
  %22 = phi i8* [ %16, %15 ], [ %30, %28 ]
  %23 = load i8, i8* %22, align 1, !tbaa !13
  switch i8 %23, label %24 [
    i8 101, label %31
    i8 46, label %28
  ]

24:                                               ; preds = %20
  %25 = add nsw i32 %21, 1
  %26 = sext i32 %21 to i64
  %27 = getelementptr inbounds i8, i8* %2, i64 %26
  store i8 %23, i8* %27, align 1, !tbaa !13
  br label %28

28:                                               ; preds = %20, %24
  %29 = phi i32 [ %25, %24 ], [ %21, %20 ]
  %30 = getelementptr inbounds i8, i8* %22, i64 1
  br label %20, !llvm.loop !145

31:                                               ; preds = %20
  %32 = getelementptr inbounds i8, i8* %22, i64 1
  %33 = call i64 @strtol(i8* nocapture noundef nonnull %32, i8** noundef null, i32 noundef 10) #32
  %34 = trunc i64 %33 to i32
  %35 = add nsw i32 %34, 1
  store i32 %35, i32* %3, align 4, !tbaa !3
  %36 = icmp eq i8* %16, %6
  br i1 %36, label %38, label %37

37:                                               ; preds = %31
  call void @free(i8* noundef %16) #32
  br label %38

38:                                               ; preds = %37, %31
  %39 = zext i32 %21 to i64
  %40 = call i32 @llvm.smin.i32(i32 %21, i32 1)
  br label %41

41:                                               ; preds = %45, %38
  %42 = phi i64 [ %46, %45 ], [ %39, %38 ]
  %43 = trunc i64 %42 to i32
  %44 = icmp sgt i32 %43, 1
  br i1 %44, label %45, label %52

45:                                               ; preds = %41
  %46 = add nsw i64 %42, -1
  %47 = getelementptr inbounds i8, i8* %2, i64 %46
  %48 = load i8, i8* %47, align 1, !tbaa !13
  %49 = icmp eq i8 %48, 48
  br i1 %49, label %41, label %50, !llvm.loop !146

50:                                               ; preds = %45
  %51 = trunc i64 %42 to i32
  br label %52

52:                                               ; preds = %41, %50
  %53 = phi i32 [ %51, %50 ], [ %40, %41 ]
  call void @llvm.lifetime.end.p0i8(i64 48, i8* nonnull %6) #32
  ret i32 %53
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
  %52 = load i64, i64* %51, align 8, !tbaa !66
  %53 = icmp sgt i64 %50, %52
  br i1 %53, label %57, label %54

54:                                               ; preds = %28
  %55 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %56 = load i8*, i8** %55, align 8, !tbaa !43
  br label %73

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
  %68 = tail call i8* @realloc(i8* noundef %65, i64 noundef %67) #32
  %69 = icmp eq i8* %68, null
  br i1 %69, label %70, label %71

70:                                               ; preds = %64, %57
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

71:                                               ; preds = %64
  store i8* %68, i8** %61, align 8, !tbaa !43
  store i64 %60, i64* %51, align 8, !tbaa !66
  %72 = load i64, i64* %46, align 8, !tbaa !45
  br label %73

73:                                               ; preds = %54, %71
  %74 = phi i64 [ %47, %54 ], [ %72, %71 ]
  %75 = phi i8* [ %56, %54 ], [ %68, %71 ]
  %76 = getelementptr inbounds i8, i8* %75, i64 16
  %77 = getelementptr inbounds i8, i8* %76, i64 %74
  %78 = icmp sgt i64 %45, %38
  %79 = sext i32 %34 to i64
  br i1 %78, label %80, label %106

80:                                               ; preds = %73
  %81 = sub i64 %45, %38
  %82 = add nsw i64 %38, 1
  %83 = and i64 %81, 1
  %84 = icmp eq i64 %83, 0
  br i1 %84, label %101, label %85

85:                                               ; preds = %80
  %86 = icmp eq i32 %37, %34
  br i1 %86, label %87, label %89

87:                                               ; preds = %85
  %88 = getelementptr inbounds i8, i8* %77, i64 1
  store i8 46, i8* %77, align 1, !tbaa !13
  br label %89

89:                                               ; preds = %87, %85
  %90 = phi i8* [ %88, %87 ], [ %77, %85 ]
  %91 = icmp sgt i32 %37, -1
  %92 = icmp slt i32 %37, %2
  %93 = and i1 %91, %92
  br i1 %93, label %94, label %97

94:                                               ; preds = %89
  %95 = getelementptr inbounds i8, i8* %1, i64 %38
  %96 = load i8, i8* %95, align 1, !tbaa !13
  br label %97

97:                                               ; preds = %94, %89
  %98 = phi i8 [ %96, %94 ], [ 48, %89 ]
  %99 = getelementptr inbounds i8, i8* %90, i64 1
  store i8 %98, i8* %90, align 1, !tbaa !13
  %100 = add nsw i64 %38, 1
  br label %101

101:                                              ; preds = %97, %80
  %102 = phi i8* [ undef, %80 ], [ %99, %97 ]
  %103 = phi i64 [ %38, %80 ], [ %100, %97 ]
  %104 = phi i8* [ %77, %80 ], [ %99, %97 ]
  %105 = icmp eq i64 %45, %82
  br i1 %105, label %106, label %111

106:                                              ; preds = %101, %140, %73
  %107 = phi i8* [ %77, %73 ], [ %102, %101 ], [ %142, %140 ]
  %108 = icmp eq i64 %45, %79
  %109 = icmp ne i32 %7, 0
  %110 = and i1 %109, %108
  br i1 %110, label %145, label %147

111:                                              ; preds = %101, %140
  %112 = phi i64 [ %143, %140 ], [ %103, %101 ]
  %113 = phi i8* [ %142, %140 ], [ %104, %101 ]
  %114 = icmp eq i64 %112, %79
  br i1 %114, label %115, label %117

115:                                              ; preds = %111
  %116 = getelementptr inbounds i8, i8* %113, i64 1
  store i8 46, i8* %113, align 1, !tbaa !13
  br label %117

117:                                              ; preds = %115, %111
  %118 = phi i8* [ %116, %115 ], [ %113, %111 ]
  %119 = icmp sgt i64 %112, -1
  %120 = icmp slt i64 %112, %10
  %121 = and i1 %119, %120
  br i1 %121, label %122, label %125

122:                                              ; preds = %117
  %123 = getelementptr inbounds i8, i8* %1, i64 %112
  %124 = load i8, i8* %123, align 1, !tbaa !13
  br label %125

125:                                              ; preds = %117, %122
  %126 = phi i8 [ %124, %122 ], [ 48, %117 ]
  %127 = getelementptr inbounds i8, i8* %118, i64 1
  store i8 %126, i8* %118, align 1, !tbaa !13
  %128 = add nsw i64 %112, 1
  %129 = icmp eq i64 %128, %79
  br i1 %129, label %130, label %132

130:                                              ; preds = %125
  %131 = getelementptr inbounds i8, i8* %118, i64 2
  store i8 46, i8* %127, align 1, !tbaa !13
  br label %132

132:                                              ; preds = %130, %125
  %133 = phi i8* [ %131, %130 ], [ %127, %125 ]
  %134 = icmp sgt i64 %112, -2
  %135 = icmp slt i64 %128, %10
  %136 = and i1 %134, %135
  br i1 %136, label %137, label %140

137:                                              ; preds = %132
  %138 = getelementptr inbounds i8, i8* %1, i64 %128
  %139 = load i8, i8* %138, align 1, !tbaa !13
  br label %140

140:                                              ; preds = %137, %132
  %141 = phi i8 [ %139, %137 ], [ 48, %132 ]
  %142 = getelementptr inbounds i8, i8* %133, i64 1
  store i8 %141, i8* %133, align 1, !tbaa !13
  %143 = add nsw i64 %112, 2
  %144 = icmp eq i64 %143, %45
  br i1 %144, label %106, label %111, !llvm.loop !147

145:                                              ; preds = %106
  %146 = getelementptr inbounds i8, i8* %107, i64 1
  store i8 46, i8* %107, align 1, !tbaa !13
  br label %147

147:                                              ; preds = %145, %106
  %148 = phi i8* [ %146, %145 ], [ %107, %106 ]
  %149 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %150 = load i8*, i8** %149, align 8, !tbaa !43
  %151 = getelementptr inbounds i8, i8* %150, i64 16
  %152 = ptrtoint i8* %148 to i64
  %153 = ptrtoint i8* %151 to i64
  %154 = sub i64 %152, %153
  store i64 %154, i64* %46, align 8, !tbaa !45
  br i1 %31, label %243, label %155

155:                                              ; preds = %147
  %156 = add nsw i64 %154, 1
  %157 = load i64, i64* %51, align 8, !tbaa !66
  %158 = icmp slt i64 %154, %157
  br i1 %158, label %173, label %159

159:                                              ; preds = %155
  %160 = shl nsw i64 %157, 1
  %161 = icmp sgt i64 %160, %156
  %162 = select i1 %161, i64 %160, i64 %156
  %163 = add nsw i64 %162, 17
  %164 = icmp sgt i64 %162, -18
  br i1 %164, label %165, label %170

165:                                              ; preds = %159
  %166 = icmp eq i64 %163, 0
  %167 = select i1 %166, i64 1, i64 %163
  %168 = tail call i8* @realloc(i8* noundef %150, i64 noundef %167) #32
  %169 = icmp eq i8* %168, null
  br i1 %169, label %170, label %171

170:                                              ; preds = %165, %159
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

171:                                              ; preds = %165
  store i8* %168, i8** %149, align 8, !tbaa !43
  store i64 %162, i64* %51, align 8, !tbaa !66
  %172 = load i64, i64* %46, align 8, !tbaa !45
  br label %173

173:                                              ; preds = %155, %171
  %174 = phi i64 [ %172, %171 ], [ %154, %155 ]
  %175 = phi i8* [ %168, %171 ], [ %150, %155 ]
  %176 = getelementptr inbounds i8, i8* %175, i64 16
  %177 = getelementptr inbounds i8, i8* %176, i64 %174
  store i8 %8, i8* %177, align 1, !tbaa !13
  %178 = load i64, i64* %46, align 8, !tbaa !45
  %179 = add nsw i64 %178, 1
  store i64 %179, i64* %46, align 8, !tbaa !45
  %180 = icmp slt i32 %33, 0
  %181 = select i1 %180, i8 45, i8 43
  %182 = add nsw i64 %178, 2
  %183 = load i64, i64* %51, align 8, !tbaa !66
  %184 = icmp slt i64 %179, %183
  br i1 %184, label %185, label %187

185:                                              ; preds = %173
  %186 = load i8*, i8** %149, align 8, !tbaa !43
  br label %202

187:                                              ; preds = %173
  %188 = shl nsw i64 %183, 1
  %189 = icmp sgt i64 %188, %182
  %190 = select i1 %189, i64 %188, i64 %182
  %191 = add nsw i64 %190, 17
  %192 = icmp sgt i64 %190, -18
  br i1 %192, label %193, label %199

193:                                              ; preds = %187
  %194 = load i8*, i8** %149, align 8, !tbaa !43
  %195 = icmp eq i64 %191, 0
  %196 = select i1 %195, i64 1, i64 %191
  %197 = tail call i8* @realloc(i8* noundef %194, i64 noundef %196) #32
  %198 = icmp eq i8* %197, null
  br i1 %198, label %199, label %200

199:                                              ; preds = %193, %187
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

200:                                              ; preds = %193
  store i8* %197, i8** %149, align 8, !tbaa !43
  store i64 %190, i64* %51, align 8, !tbaa !66
  %201 = load i64, i64* %46, align 8, !tbaa !45
  br label %202

202:                                              ; preds = %185, %200
  %203 = phi i64 [ %179, %185 ], [ %201, %200 ]
  %204 = phi i8* [ %186, %185 ], [ %197, %200 ]
  %205 = getelementptr inbounds i8, i8* %204, i64 16
  %206 = getelementptr inbounds i8, i8* %205, i64 %203
  store i8 %181, i8* %206, align 1, !tbaa !13
  %207 = load i64, i64* %46, align 8, !tbaa !45
  %208 = add nsw i64 %207, 1
  store i64 %208, i64* %46, align 8, !tbaa !45
  %209 = add i32 %33, 9
  %210 = icmp ult i32 %209, 19
  br i1 %210, label %211, label %239

211:                                              ; preds = %202
  %212 = add nsw i64 %207, 2
  %213 = load i64, i64* %51, align 8, !tbaa !66
  %214 = icmp slt i64 %208, %213
  br i1 %214, label %215, label %217

215:                                              ; preds = %211
  %216 = load i8*, i8** %149, align 8, !tbaa !43
  br label %232

217:                                              ; preds = %211
  %218 = shl nsw i64 %213, 1
  %219 = icmp sgt i64 %218, %212
  %220 = select i1 %219, i64 %218, i64 %212
  %221 = add nsw i64 %220, 17
  %222 = icmp sgt i64 %220, -18
  br i1 %222, label %223, label %229

223:                                              ; preds = %217
  %224 = load i8*, i8** %149, align 8, !tbaa !43
  %225 = icmp eq i64 %221, 0
  %226 = select i1 %225, i64 1, i64 %221
  %227 = tail call i8* @realloc(i8* noundef %224, i64 noundef %226) #32
  %228 = icmp eq i8* %227, null
  br i1 %228, label %229, label %230

229:                                              ; preds = %223, %217
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

230:                                              ; preds = %223
  store i8* %227, i8** %149, align 8, !tbaa !43
  store i64 %220, i64* %51, align 8, !tbaa !66
  %231 = load i64, i64* %46, align 8, !tbaa !45
  br label %232

232:                                              ; preds = %215, %230
  %233 = phi i64 [ %208, %215 ], [ %231, %230 ]
  %234 = phi i8* [ %216, %215 ], [ %227, %230 ]
  %235 = getelementptr inbounds i8, i8* %234, i64 16
  %236 = getelementptr inbounds i8, i8* %235, i64 %233
  store i8 48, i8* %236, align 1, !tbaa !13
  %237 = load i64, i64* %46, align 8, !tbaa !45
  %238 = add nsw i64 %237, 1
  store i64 %238, i64* %46, align 8, !tbaa !45
  br label %239

239:                                              ; preds = %232, %202
  %240 = sub nsw i32 0, %33
  %241 = select i1 %180, i32 %240, i32 %33
  %242 = zext i32 %241 to i64
  tail call void @ember_buf_u64(%struct.EmBuf* noundef nonnull %0, i64 noundef %242)
  br label %243

243:                                              ; preds = %239, %147
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @put_number(%struct.EmBuf* nocapture noundef %0, %struct.Spec* nocapture noundef readonly %1, i32 noundef %2, i8* nocapture noundef readonly %3, i8* nocapture noundef readonly %4, i64 noundef %5, i8* nocapture noundef readonly %6, i64 noundef %7, i32 noundef %8) unnamed_addr #0 {
  %10 = alloca %struct.Spec, align 8
  %11 = alloca [8 x i8], align 1
  %12 = bitcast %struct.Spec* %10 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %12) #32
  %13 = bitcast %struct.Spec* %1 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(56) %12, i8* noundef nonnull align 8 dereferenceable(56) %13, i64 56, i1 false), !tbaa.struct !148
  %14 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 4
  %15 = load i32, i32* %14, align 8, !tbaa !134
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %9
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 1
  %19 = load i32, i32* %18, align 4, !tbaa !131
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %20, i32 61, i32 %19
  store i32 %21, i32* %18, align 4
  br label %27

22:                                               ; preds = %9
  %23 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 0
  %24 = load i32, i32* %23, align 8, !tbaa !129
  %25 = icmp eq i32 %24, 0
  %26 = select i1 %25, i32 32, i32 %24
  br label %27

27:                                               ; preds = %22, %17
  %28 = phi i32 [ 48, %17 ], [ %26, %22 ]
  %29 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 0
  store i32 %28, i32* %29, align 8
  %30 = getelementptr inbounds [8 x i8], [8 x i8]* %11, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %30) #32
  %31 = icmp eq i32 %2, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %27
  store i8 45, i8* %30, align 1, !tbaa !13
  br label %38

33:                                               ; preds = %27
  %34 = getelementptr inbounds %struct.Spec, %struct.Spec* %10, i64 0, i32 2
  %35 = load i32, i32* %34, align 8, !tbaa !132
  switch i32 %35, label %38 [
    i32 43, label %36
    i32 32, label %36
  ]

36:                                               ; preds = %33, %33
  %37 = trunc i32 %35 to i8
  store i8 %37, i8* %30, align 1, !tbaa !13
  br label %38

38:                                               ; preds = %33, %36, %32
  %39 = phi i32 [ 1, %32 ], [ 1, %36 ], [ 0, %33 ]
  %40 = load i8, i8* %3, align 1, !tbaa !13
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
  %67 = load <2 x i8>, <2 x i8>* %66, align 1, !tbaa !13
  %68 = getelementptr inbounds i8, i8* %65, i64 2
  %69 = bitcast i8* %68 to <2 x i8>*
  %70 = load <2 x i8>, <2 x i8>* %69, align 1, !tbaa !13
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
  %82 = load <2 x i8>, <2 x i8>* %81, align 1, !tbaa !13
  %83 = getelementptr inbounds i8, i8* %80, i64 2
  %84 = bitcast i8* %83 to <2 x i8>*
  %85 = load <2 x i8>, <2 x i8>* %84, align 1, !tbaa !13
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
  br i1 %96, label %97, label %60, !llvm.loop !149

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
  %107 = load <2 x i8>, <2 x i8>* %106, align 1, !tbaa !13
  %108 = getelementptr inbounds i8, i8* %105, i64 2
  %109 = bitcast i8* %108 to <2 x i8>*
  %110 = load <2 x i8>, <2 x i8>* %109, align 1, !tbaa !13
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
  %132 = load i8, i8* %131, align 1, !tbaa !13
  %133 = and i8 %132, -64
  %134 = icmp ne i8 %133, -128
  %135 = zext i1 %134 to i64
  %136 = add nuw nsw i64 %130, %135
  %137 = add nuw nsw i64 %129, 1
  %138 = icmp eq i64 %137, %7
  br i1 %138, label %139, label %128, !llvm.loop !150

139:                                              ; preds = %128, %119, %46
  %140 = phi i64 [ 0, %46 ], [ %123, %119 ], [ %136, %128 ]
  %141 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %142 = icmp eq i8* %141, null
  br i1 %142, label %143, label %144

143:                                              ; preds = %139
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

144:                                              ; preds = %139
  %145 = getelementptr inbounds i8, i8* %141, i64 8
  %146 = bitcast i8* %145 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %146, align 8, !tbaa !11
  %147 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %148 = icmp eq i8* %147, null
  br i1 %148, label %149, label %150

149:                                              ; preds = %144
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

150:                                              ; preds = %144
  %151 = bitcast i8* %141 to %struct.EmBuf*
  %152 = bitcast i8* %141 to i8**
  store i8* %147, i8** %152, align 8, !tbaa !43
  %153 = icmp eq i64 %5, 0
  br i1 %153, label %408, label %163

154:                                              ; preds = %42, %154
  %155 = phi i64 [ %43, %42 ], [ %158, %154 ]
  %156 = phi i8 [ %40, %42 ], [ %161, %154 ]
  %157 = phi i8* [ %3, %42 ], [ %160, %154 ]
  %158 = add nuw i64 %155, 1
  %159 = getelementptr inbounds [8 x i8], [8 x i8]* %11, i64 0, i64 %155
  store i8 %156, i8* %159, align 1, !tbaa !13
  %160 = getelementptr inbounds i8, i8* %157, i64 1
  %161 = load i8, i8* %160, align 1, !tbaa !13
  %162 = icmp eq i8 %161, 0
  br i1 %162, label %44, label %154, !llvm.loop !151

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
  %176 = load i32, i32* %175, align 8, !tbaa !136
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
  %186 = tail call noalias i8* @malloc(i64 noundef %185) #32
  %187 = icmp eq i8* %186, null
  br i1 %187, label %188, label %189

188:                                              ; preds = %183, %163
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

189:                                              ; preds = %183
  %190 = getelementptr inbounds i8, i8* %186, i64 %181
  %191 = getelementptr inbounds i8, i8* %4, i64 %5
  %192 = icmp eq i32 %176, 0
  %193 = zext i32 %8 to i64
  %194 = trunc i32 %176 to i8
  br label %195

195:                                              ; preds = %370, %189
  %196 = phi i8* [ %191, %189 ], [ %331, %370 ]
  %197 = phi i1 [ true, %189 ], [ false, %370 ]
  %198 = phi i64 [ %5, %189 ], [ %368, %370 ]
  %199 = phi i8* [ %190, %189 ], [ %367, %370 ]
  %200 = phi i64 [ %174, %189 ], [ %374, %370 ]
  %201 = icmp sgt i64 %198, %200
  %202 = select i1 %201, i64 %198, i64 %200
  %203 = icmp sgt i64 %202, 1
  %204 = select i1 %203, i64 %202, i64 1
  %205 = icmp ugt i64 %204, %193
  %206 = select i1 %205, i64 %193, i64 %204
  %207 = select i1 %192, i64 %204, i64 %206
  %208 = sub nsw i64 %207, %198
  %209 = icmp sgt i64 %208, 0
  %210 = select i1 %209, i64 %208, i64 0
  %211 = icmp sgt i64 %207, %198
  %212 = select i1 %211, i64 %198, i64 %207
  %213 = icmp sgt i64 %212, 0
  %214 = select i1 %213, i64 %212, i64 0
  br i1 %197, label %217, label %215

215:                                              ; preds = %195
  %216 = getelementptr inbounds i8, i8* %199, i64 -1
  store i8 %194, i8* %216, align 1, !tbaa !13
  br label %217

217:                                              ; preds = %215, %195
  %218 = phi i8* [ %216, %215 ], [ %199, %195 ]
  br i1 %213, label %219, label %330

219:                                              ; preds = %217
  %220 = icmp ult i64 %214, 16
  br i1 %220, label %304, label %221

221:                                              ; preds = %219
  %222 = sub nsw i64 0, %214
  %223 = getelementptr i8, i8* %218, i64 %222
  %224 = getelementptr i8, i8* %196, i64 %222
  %225 = icmp ult i8* %223, %196
  %226 = icmp ult i8* %224, %218
  %227 = and i1 %225, %226
  br i1 %227, label %304, label %228

228:                                              ; preds = %221
  %229 = and i64 %214, 9223372036854775792
  %230 = sub nsw i64 0, %229
  %231 = getelementptr i8, i8* %218, i64 %230
  %232 = sub nsw i64 0, %229
  %233 = getelementptr i8, i8* %196, i64 %232
  %234 = add nsw i64 %229, -16
  %235 = lshr exact i64 %234, 4
  %236 = add nuw nsw i64 %235, 1
  %237 = and i64 %236, 3
  %238 = icmp ult i64 %234, 48
  br i1 %238, label %283, label %239

239:                                              ; preds = %228
  %240 = and i64 %236, 2305843009213693948
  %241 = getelementptr i8, i8* %196, i64 -16
  %242 = getelementptr i8, i8* %218, i64 -16
  %243 = getelementptr i8, i8* %196, i64 -16
  %244 = getelementptr i8, i8* %218, i64 -16
  %245 = getelementptr i8, i8* %196, i64 -16
  %246 = getelementptr i8, i8* %218, i64 -16
  %247 = getelementptr i8, i8* %196, i64 -16
  %248 = getelementptr i8, i8* %218, i64 -16
  br label %249

249:                                              ; preds = %249, %239
  %250 = phi i64 [ 0, %239 ], [ %280, %249 ]
  %251 = phi i64 [ 0, %239 ], [ %281, %249 ]
  %252 = sub i64 0, %250
  %253 = sub i64 0, %250
  %254 = getelementptr inbounds i8, i8* %241, i64 %253
  %255 = bitcast i8* %254 to <16 x i8>*
  %256 = load <16 x i8>, <16 x i8>* %255, align 1, !tbaa !13, !alias.scope !152
  %257 = getelementptr inbounds i8, i8* %242, i64 %252
  %258 = bitcast i8* %257 to <16 x i8>*
  store <16 x i8> %256, <16 x i8>* %258, align 1, !tbaa !13, !alias.scope !155, !noalias !152
  %259 = sub nuw nsw i64 -16, %250
  %260 = sub nuw nsw i64 -16, %250
  %261 = getelementptr inbounds i8, i8* %243, i64 %260
  %262 = bitcast i8* %261 to <16 x i8>*
  %263 = load <16 x i8>, <16 x i8>* %262, align 1, !tbaa !13, !alias.scope !152
  %264 = getelementptr inbounds i8, i8* %244, i64 %259
  %265 = bitcast i8* %264 to <16 x i8>*
  store <16 x i8> %263, <16 x i8>* %265, align 1, !tbaa !13, !alias.scope !155, !noalias !152
  %266 = sub nuw nsw i64 -32, %250
  %267 = sub nuw nsw i64 -32, %250
  %268 = getelementptr inbounds i8, i8* %245, i64 %267
  %269 = bitcast i8* %268 to <16 x i8>*
  %270 = load <16 x i8>, <16 x i8>* %269, align 1, !tbaa !13, !alias.scope !152
  %271 = getelementptr inbounds i8, i8* %246, i64 %266
  %272 = bitcast i8* %271 to <16 x i8>*
  store <16 x i8> %270, <16 x i8>* %272, align 1, !tbaa !13, !alias.scope !155, !noalias !152
  %273 = sub nuw nsw i64 -48, %250
  %274 = sub nuw nsw i64 -48, %250
  %275 = getelementptr inbounds i8, i8* %247, i64 %274
  %276 = bitcast i8* %275 to <16 x i8>*
  %277 = load <16 x i8>, <16 x i8>* %276, align 1, !tbaa !13, !alias.scope !152
  %278 = getelementptr inbounds i8, i8* %248, i64 %273
  %279 = bitcast i8* %278 to <16 x i8>*
  store <16 x i8> %277, <16 x i8>* %279, align 1, !tbaa !13, !alias.scope !155, !noalias !152
  %280 = add nuw i64 %250, 64
  %281 = add i64 %251, 4
  %282 = icmp eq i64 %281, %240
  br i1 %282, label %283, label %249, !llvm.loop !157

283:                                              ; preds = %249, %228
  %284 = phi i64 [ 0, %228 ], [ %280, %249 ]
  %285 = icmp eq i64 %237, 0
  br i1 %285, label %302, label %286

286:                                              ; preds = %283
  %287 = getelementptr i8, i8* %196, i64 -16
  %288 = getelementptr i8, i8* %218, i64 -16
  br label %289

289:                                              ; preds = %289, %286
  %290 = phi i64 [ %284, %286 ], [ %299, %289 ]
  %291 = phi i64 [ 0, %286 ], [ %300, %289 ]
  %292 = sub i64 0, %290
  %293 = sub i64 0, %290
  %294 = getelementptr inbounds i8, i8* %287, i64 %293
  %295 = bitcast i8* %294 to <16 x i8>*
  %296 = load <16 x i8>, <16 x i8>* %295, align 1, !tbaa !13, !alias.scope !152
  %297 = getelementptr inbounds i8, i8* %288, i64 %292
  %298 = bitcast i8* %297 to <16 x i8>*
  store <16 x i8> %296, <16 x i8>* %298, align 1, !tbaa !13, !alias.scope !155, !noalias !152
  %299 = add nuw i64 %290, 16
  %300 = add i64 %291, 1
  %301 = icmp eq i64 %300, %237
  br i1 %301, label %302, label %289, !llvm.loop !158

302:                                              ; preds = %289, %283
  %303 = icmp eq i64 %214, %229
  br i1 %303, label %330, label %304

304:                                              ; preds = %221, %219, %302
  %305 = phi i64 [ 0, %221 ], [ 0, %219 ], [ %229, %302 ]
  %306 = phi i8* [ %218, %221 ], [ %218, %219 ], [ %231, %302 ]
  %307 = phi i8* [ %196, %221 ], [ %196, %219 ], [ %233, %302 ]
  %308 = xor i64 %305, -1
  %309 = add nsw i64 %214, %308
  %310 = and i64 %214, 7
  %311 = icmp eq i64 %310, 0
  br i1 %311, label %323, label %312

312:                                              ; preds = %304, %312
  %313 = phi i64 [ %320, %312 ], [ %305, %304 ]
  %314 = phi i8* [ %319, %312 ], [ %306, %304 ]
  %315 = phi i8* [ %317, %312 ], [ %307, %304 ]
  %316 = phi i64 [ %321, %312 ], [ 0, %304 ]
  %317 = getelementptr inbounds i8, i8* %315, i64 -1
  %318 = load i8, i8* %317, align 1, !tbaa !13
  %319 = getelementptr inbounds i8, i8* %314, i64 -1
  store i8 %318, i8* %319, align 1, !tbaa !13
  %320 = add nuw nsw i64 %313, 1
  %321 = add i64 %316, 1
  %322 = icmp eq i64 %321, %310
  br i1 %322, label %323, label %312, !llvm.loop !159

323:                                              ; preds = %312, %304
  %324 = phi i8* [ undef, %304 ], [ %317, %312 ]
  %325 = phi i8* [ undef, %304 ], [ %319, %312 ]
  %326 = phi i64 [ %305, %304 ], [ %320, %312 ]
  %327 = phi i8* [ %306, %304 ], [ %319, %312 ]
  %328 = phi i8* [ %307, %304 ], [ %317, %312 ]
  %329 = icmp ult i64 %309, 7
  br i1 %329, label %330, label %336

330:                                              ; preds = %323, %336, %302, %217
  %331 = phi i8* [ %196, %217 ], [ %233, %302 ], [ %324, %323 ], [ %361, %336 ]
  %332 = phi i8* [ %218, %217 ], [ %231, %302 ], [ %325, %323 ], [ %363, %336 ]
  br i1 %209, label %333, label %366

333:                                              ; preds = %330
  %334 = sub nsw i64 0, %210
  %335 = getelementptr i8, i8* %332, i64 %334
  tail call void @llvm.memset.p0i8.i64(i8* align 1 %335, i8 48, i64 %210, i1 false) #32, !tbaa !13
  br label %366

336:                                              ; preds = %323, %336
  %337 = phi i64 [ %364, %336 ], [ %326, %323 ]
  %338 = phi i8* [ %363, %336 ], [ %327, %323 ]
  %339 = phi i8* [ %361, %336 ], [ %328, %323 ]
  %340 = getelementptr inbounds i8, i8* %339, i64 -1
  %341 = load i8, i8* %340, align 1, !tbaa !13
  %342 = getelementptr inbounds i8, i8* %338, i64 -1
  store i8 %341, i8* %342, align 1, !tbaa !13
  %343 = getelementptr inbounds i8, i8* %339, i64 -2
  %344 = load i8, i8* %343, align 1, !tbaa !13
  %345 = getelementptr inbounds i8, i8* %338, i64 -2
  store i8 %344, i8* %345, align 1, !tbaa !13
  %346 = getelementptr inbounds i8, i8* %339, i64 -3
  %347 = load i8, i8* %346, align 1, !tbaa !13
  %348 = getelementptr inbounds i8, i8* %338, i64 -3
  store i8 %347, i8* %348, align 1, !tbaa !13
  %349 = getelementptr inbounds i8, i8* %339, i64 -4
  %350 = load i8, i8* %349, align 1, !tbaa !13
  %351 = getelementptr inbounds i8, i8* %338, i64 -4
  store i8 %350, i8* %351, align 1, !tbaa !13
  %352 = getelementptr inbounds i8, i8* %339, i64 -5
  %353 = load i8, i8* %352, align 1, !tbaa !13
  %354 = getelementptr inbounds i8, i8* %338, i64 -5
  store i8 %353, i8* %354, align 1, !tbaa !13
  %355 = getelementptr inbounds i8, i8* %339, i64 -6
  %356 = load i8, i8* %355, align 1, !tbaa !13
  %357 = getelementptr inbounds i8, i8* %338, i64 -6
  store i8 %356, i8* %357, align 1, !tbaa !13
  %358 = getelementptr inbounds i8, i8* %339, i64 -7
  %359 = load i8, i8* %358, align 1, !tbaa !13
  %360 = getelementptr inbounds i8, i8* %338, i64 -7
  store i8 %359, i8* %360, align 1, !tbaa !13
  %361 = getelementptr inbounds i8, i8* %339, i64 -8
  %362 = load i8, i8* %361, align 1, !tbaa !13
  %363 = getelementptr inbounds i8, i8* %338, i64 -8
  store i8 %362, i8* %363, align 1, !tbaa !13
  %364 = add nuw nsw i64 %337, 8
  %365 = icmp eq i64 %364, %214
  br i1 %365, label %330, label %336, !llvm.loop !160

366:                                              ; preds = %333, %330
  %367 = phi i8* [ %332, %330 ], [ %335, %333 ]
  %368 = sub nsw i64 %198, %214
  %369 = sub nsw i64 %200, %207
  br i1 %192, label %375, label %370

370:                                              ; preds = %366
  %371 = icmp slt i64 %368, 1
  %372 = icmp slt i64 %369, 1
  %373 = select i1 %371, i1 %372, i1 false
  %374 = add nsw i64 %369, -1
  br i1 %373, label %375, label %195

375:                                              ; preds = %370, %366
  %376 = ptrtoint i8* %190 to i64
  %377 = ptrtoint i8* %367 to i64
  %378 = sub i64 %376, %377
  %379 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 1
  %380 = load i64, i64* %379, align 8, !tbaa !45
  %381 = add nsw i64 %380, %378
  %382 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 2
  %383 = load i64, i64* %382, align 8, !tbaa !66
  %384 = icmp sgt i64 %381, %383
  br i1 %384, label %388, label %385

385:                                              ; preds = %375
  %386 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %387 = load i8*, i8** %386, align 8, !tbaa !43
  br label %403

388:                                              ; preds = %375
  %389 = shl nsw i64 %383, 1
  %390 = icmp sgt i64 %389, %381
  %391 = select i1 %390, i64 %389, i64 %381
  %392 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %393 = add nsw i64 %391, 17
  %394 = icmp sgt i64 %391, -18
  br i1 %394, label %395, label %401

395:                                              ; preds = %388
  %396 = load i8*, i8** %392, align 8, !tbaa !43
  %397 = icmp eq i64 %393, 0
  %398 = select i1 %397, i64 1, i64 %393
  %399 = tail call i8* @realloc(i8* noundef %396, i64 noundef %398) #32
  %400 = icmp eq i8* %399, null
  br i1 %400, label %401, label %402

401:                                              ; preds = %395, %388
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

402:                                              ; preds = %395
  store i8* %399, i8** %392, align 8, !tbaa !43
  store i64 %391, i64* %382, align 8, !tbaa !66
  br label %403

403:                                              ; preds = %385, %402
  %404 = phi i64 [ %383, %385 ], [ %391, %402 ]
  %405 = phi i8* [ %387, %385 ], [ %399, %402 ]
  %406 = getelementptr inbounds i8, i8* %405, i64 16
  %407 = getelementptr inbounds i8, i8* %406, i64 %380
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %407, i8* align 1 %367, i64 %378, i1 false) #32
  store i64 %381, i64* %379, align 8, !tbaa !45
  tail call void @free(i8* noundef %186) #32
  br label %408

408:                                              ; preds = %403, %150
  %409 = phi i8* [ %405, %403 ], [ %147, %150 ]
  %410 = phi i64 [ %404, %403 ], [ 48, %150 ]
  %411 = phi i64 [ %381, %403 ], [ 0, %150 ]
  %412 = add nsw i64 %411, %7
  %413 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 2
  %414 = icmp sgt i64 %412, %410
  br i1 %414, label %415, label %429

415:                                              ; preds = %408
  %416 = shl nsw i64 %410, 1
  %417 = icmp sgt i64 %416, %412
  %418 = select i1 %417, i64 %416, i64 %412
  %419 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %420 = add nsw i64 %418, 17
  %421 = icmp sgt i64 %418, -18
  br i1 %421, label %422, label %427

422:                                              ; preds = %415
  %423 = icmp eq i64 %420, 0
  %424 = select i1 %423, i64 1, i64 %420
  %425 = tail call i8* @realloc(i8* noundef %409, i64 noundef %424) #32
  %426 = icmp eq i8* %425, null
  br i1 %426, label %427, label %428

427:                                              ; preds = %422, %415
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

428:                                              ; preds = %422
  store i8* %425, i8** %419, align 8, !tbaa !43
  store i64 %418, i64* %413, align 8, !tbaa !66
  br label %429

429:                                              ; preds = %408, %428
  %430 = phi i8* [ %425, %428 ], [ %409, %408 ]
  %431 = getelementptr inbounds i8, i8* %430, i64 16
  %432 = getelementptr inbounds i8, i8* %431, i64 %411
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %432, i8* align 1 %6, i64 %7, i1 false) #32
  %433 = zext i32 %47 to i64
  %434 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %151, i64 0, i32 0
  %435 = load i8*, i8** %434, align 8, !tbaa !43
  %436 = getelementptr inbounds i8, i8* %435, i64 16
  %437 = add i64 %140, %433
  %438 = add i64 %437, %411
  call fastcc void @pad_out(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %10, i32 noundef 62, i8* noundef nonnull %30, i64 noundef %433, i8* noundef nonnull %436, i64 noundef %412, i64 noundef %438)
  tail call void @free(i8* noundef %435) #32
  tail call void @free(i8* noundef nonnull %141) #32
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %30) #32
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %12) #32
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_fmt_i64(%struct.EmBuf* nocapture noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i64 noundef %7, i32 noundef %8, i64 noundef %9, i32 noundef %10) local_unnamed_addr #0 {
  %12 = alloca %struct.Spec, align 8
  %13 = alloca [4 x i8], align 1
  %14 = alloca [64 x i8], align 16
  %15 = bitcast %struct.Spec* %12 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %15) #32
  %16 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 0
  store i32 %2, i32* %16, align 8, !tbaa !129
  %17 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 1
  store i32 %3, i32* %17, align 4, !tbaa !131
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 2
  store i32 %4, i32* %18, align 8, !tbaa !132
  %19 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 3
  store i32 %5, i32* %19, align 4, !tbaa !133
  %20 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 4
  store i32 %6, i32* %20, align 8, !tbaa !134
  %21 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 5
  store i64 %7, i64* %21, align 8, !tbaa !135
  %22 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 6
  store i32 %8, i32* %22, align 8, !tbaa !136
  %23 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 7
  store i64 %9, i64* %23, align 8, !tbaa !137
  %24 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 8
  store i32 %10, i32* %24, align 8, !tbaa !138
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
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.25, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #35
  unreachable

30:                                               ; preds = %27
  %31 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %31) #32
  %32 = trunc i64 %1 to i32
  %33 = icmp ult i32 %32, 128
  br i1 %33, label %34, label %36

34:                                               ; preds = %30
  %35 = trunc i64 %1 to i8
  store i8 %35, i8* %31, align 1, !tbaa !13
  br label %79

36:                                               ; preds = %30
  %37 = icmp ult i32 %32, 2048
  br i1 %37, label %38, label %46

38:                                               ; preds = %36
  %39 = lshr i64 %1, 6
  %40 = trunc i64 %39 to i8
  %41 = or i8 %40, -64
  store i8 %41, i8* %31, align 1, !tbaa !13
  %42 = trunc i64 %1 to i8
  %43 = and i8 %42, 63
  %44 = or i8 %43, -128
  %45 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 1
  store i8 %44, i8* %45, align 1, !tbaa !13
  br label %79

46:                                               ; preds = %36
  %47 = icmp ult i32 %32, 65536
  br i1 %47, label %48, label %61

48:                                               ; preds = %46
  %49 = lshr i64 %1, 12
  %50 = trunc i64 %49 to i8
  %51 = or i8 %50, -32
  store i8 %51, i8* %31, align 1, !tbaa !13
  %52 = lshr i64 %1, 6
  %53 = trunc i64 %52 to i8
  %54 = and i8 %53, 63
  %55 = or i8 %54, -128
  %56 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 1
  store i8 %55, i8* %56, align 1, !tbaa !13
  %57 = trunc i64 %1 to i8
  %58 = and i8 %57, 63
  %59 = or i8 %58, -128
  %60 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 2
  store i8 %59, i8* %60, align 1, !tbaa !13
  br label %79

61:                                               ; preds = %46
  %62 = lshr i64 %1, 18
  %63 = trunc i64 %62 to i8
  %64 = or i8 %63, -16
  store i8 %64, i8* %31, align 1, !tbaa !13
  %65 = lshr i64 %1, 12
  %66 = trunc i64 %65 to i8
  %67 = and i8 %66, 63
  %68 = or i8 %67, -128
  %69 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 1
  store i8 %68, i8* %69, align 1, !tbaa !13
  %70 = lshr i64 %1, 6
  %71 = trunc i64 %70 to i8
  %72 = and i8 %71, 63
  %73 = or i8 %72, -128
  %74 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 2
  store i8 %73, i8* %74, align 1, !tbaa !13
  %75 = trunc i64 %1 to i8
  %76 = and i8 %75, 63
  %77 = or i8 %76, -128
  %78 = getelementptr inbounds [4 x i8], [4 x i8]* %13, i64 0, i64 3
  store i8 %77, i8* %78, align 1, !tbaa !13
  br label %79

79:                                               ; preds = %34, %38, %48, %61
  %80 = phi i64 [ 1, %34 ], [ 2, %38 ], [ 3, %48 ], [ 4, %61 ]
  call fastcc void @put_number(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef 0, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.24, i64 0, i64 0), i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.24, i64 0, i64 0), i64 noundef 0, i8* noundef nonnull %31, i64 noundef %80, i32 noundef 3)
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %31) #32
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
  %92 = select i1 %91, i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.26, i64 0, i64 0), i8* getelementptr inbounds ([17 x i8], [17 x i8]* @.str.27, i64 0, i64 0)
  %93 = tail call i64 @llvm.abs.i64(i64 %1, i1 false)
  %94 = getelementptr inbounds [64 x i8], [64 x i8]* %14, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %94) #32
  %95 = zext i32 %90 to i64
  br label %96

96:                                               ; preds = %96, %89
  %97 = phi i64 [ %102, %96 ], [ 64, %89 ]
  %98 = phi i64 [ %104, %96 ], [ %93, %89 ]
  %99 = urem i64 %98, %95
  %100 = getelementptr inbounds i8, i8* %92, i64 %99
  %101 = load i8, i8* %100, align 1, !tbaa !13
  %102 = add nsw i64 %97, -1
  %103 = getelementptr inbounds [64 x i8], [64 x i8]* %14, i64 0, i64 %102
  store i8 %101, i8* %103, align 1, !tbaa !13
  %104 = udiv i64 %98, %95
  %105 = icmp ult i64 %98, %95
  br i1 %105, label %106, label %96, !llvm.loop !161

106:                                              ; preds = %96
  %107 = getelementptr inbounds [64 x i8], [64 x i8]* %14, i64 0, i64 %102
  %108 = icmp eq i32 %5, 0
  %109 = icmp eq i32 %90, 10
  %110 = or i1 %108, %109
  %111 = or i1 %82, %110
  %112 = select i1 %110, i8* getelementptr inbounds ([1 x i8], [1 x i8]* @.str.24, i64 0, i64 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.28, i64 0, i64 0)
  br i1 %111, label %118, label %113

113:                                              ; preds = %106
  %114 = icmp eq i32 %10, 111
  br i1 %114, label %118, label %115

115:                                              ; preds = %113
  %116 = icmp eq i32 %10, 120
  %117 = select i1 %116, i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.30, i64 0, i64 0), i8* getelementptr inbounds ([3 x i8], [3 x i8]* @.str.31, i64 0, i64 0)
  br label %118

118:                                              ; preds = %106, %113, %115
  %119 = phi i8* [ %112, %106 ], [ %117, %115 ], [ getelementptr inbounds ([3 x i8], [3 x i8]* @.str.29, i64 0, i64 0), %113 ]
  %120 = lshr i64 %1, 63
  %121 = trunc i64 %120 to i32
  %122 = mul i64 %97, -4294967296
  %123 = add i64 %122, 279172874240
  %124 = ashr exact i64 %123, 32
  %125 = select i1 %109, i32 3, i32 4
  call fastcc void @put_number(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef %121, i8* noundef %119, i8* noundef nonnull %107, i64 noundef %124, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.24, i64 0, i64 0), i64 noundef 0, i32 noundef %125)
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %94) #32
  br label %126

126:                                              ; preds = %118, %79, %25
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %15) #32
  ret void
}

; Function Attrs: nounwind
define void @ember_buf_fmt_str(%struct.EmBuf* nocapture noundef %0, %struct.EmStr* nocapture noundef readonly %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i64 noundef %7, i32 noundef %8, i64 noundef %9, i32 noundef %10) local_unnamed_addr #0 {
  %12 = alloca %struct.Spec, align 8
  %13 = bitcast %struct.Spec* %12 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %13) #32
  %14 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 0
  store i32 %2, i32* %14, align 8, !tbaa !129
  %15 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 1
  store i32 %3, i32* %15, align 4, !tbaa !131
  %16 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 2
  store i32 %4, i32* %16, align 8, !tbaa !132
  %17 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 3
  store i32 %5, i32* %17, align 4, !tbaa !133
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 4
  store i32 %6, i32* %18, align 8, !tbaa !134
  %19 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 5
  store i64 %7, i64* %19, align 8, !tbaa !135
  %20 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 6
  store i32 %8, i32* %20, align 8, !tbaa !136
  %21 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 7
  store i64 %9, i64* %21, align 8, !tbaa !137
  %22 = getelementptr inbounds %struct.Spec, %struct.Spec* %12, i64 0, i32 8
  store i32 %10, i32* %22, align 8, !tbaa !138
  %23 = icmp eq i32 %6, 0
  br i1 %23, label %25, label %24

24:                                               ; preds = %11
  store i32 48, i32* %14, align 8, !tbaa !129
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
  %47 = load <2 x i8>, <2 x i8>* %46, align 1, !tbaa !13
  %48 = getelementptr inbounds i8, i8* %45, i64 2
  %49 = bitcast i8* %48 to <2 x i8>*
  %50 = load <2 x i8>, <2 x i8>* %49, align 1, !tbaa !13
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
  %62 = load <2 x i8>, <2 x i8>* %61, align 1, !tbaa !13
  %63 = getelementptr inbounds i8, i8* %60, i64 2
  %64 = bitcast i8* %63 to <2 x i8>*
  %65 = load <2 x i8>, <2 x i8>* %64, align 1, !tbaa !13
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
  br i1 %76, label %77, label %40, !llvm.loop !162

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
  %87 = load <2 x i8>, <2 x i8>* %86, align 1, !tbaa !13
  %88 = getelementptr inbounds i8, i8* %85, i64 2
  %89 = bitcast i8* %88 to <2 x i8>*
  %90 = load <2 x i8>, <2 x i8>* %89, align 1, !tbaa !13
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
  %112 = load i8, i8* %111, align 1, !tbaa !13
  %113 = and i8 %112, -64
  %114 = icmp ne i8 %113, -128
  %115 = zext i1 %114 to i64
  %116 = add nuw nsw i64 %110, %115
  %117 = add nuw nsw i64 %109, 1
  %118 = icmp eq i64 %117, %27
  br i1 %118, label %119, label %108, !llvm.loop !163

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
  %140 = load i8, i8* %139, align 1, !tbaa !13
  %141 = and i8 %140, -64
  %142 = icmp eq i8 %141, -128
  br i1 %142, label %136, label %143, !llvm.loop !80

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
  %164 = load i8, i8* %163, align 1, !tbaa !13
  %165 = and i8 %164, -64
  %166 = icmp eq i8 %165, -128
  br i1 %166, label %160, label %167, !llvm.loop !80

167:                                              ; preds = %160, %167
  %168 = phi i64 [ %169, %167 ], [ %162, %160 ]
  %169 = add nsw i64 %168, -1
  %170 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %169
  %171 = load i8, i8* %170, align 1, !tbaa !13
  %172 = and i8 %171, -64
  %173 = icmp eq i8 %172, -128
  br i1 %173, label %167, label %174, !llvm.loop !80

174:                                              ; preds = %167
  %175 = add nsw i64 %158, -2
  %176 = icmp sgt i64 %175, %9
  br i1 %176, label %157, label %227, !llvm.loop !81

177:                                              ; preds = %206, %155
  %178 = phi i64 [ 0, %155 ], [ %207, %206 ]
  %179 = phi i64 [ 0, %155 ], [ %208, %206 ]
  %180 = add i64 %178, 1
  %181 = tail call i64 @llvm.smax.i64(i64 %27, i64 %180) #32
  %182 = add i64 %181, -1
  br label %183

183:                                              ; preds = %187, %177
  %184 = phi i64 [ %185, %187 ], [ %178, %177 ]
  %185 = add i64 %184, 1
  %186 = icmp eq i64 %184, %182
  br i1 %186, label %192, label %187

187:                                              ; preds = %183
  %188 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %185
  %189 = load i8, i8* %188, align 1, !tbaa !13
  %190 = and i8 %189, -64
  %191 = icmp eq i8 %190, -128
  br i1 %191, label %183, label %192, !llvm.loop !82

192:                                              ; preds = %187, %183
  %193 = phi i64 [ %181, %183 ], [ %185, %187 ]
  %194 = add i64 %193, 1
  %195 = tail call i64 @llvm.smax.i64(i64 %27, i64 %194) #32
  %196 = add i64 %195, -1
  br label %197

197:                                              ; preds = %201, %192
  %198 = phi i64 [ %199, %201 ], [ %193, %192 ]
  %199 = add i64 %198, 1
  %200 = icmp eq i64 %198, %196
  br i1 %200, label %206, label %201

201:                                              ; preds = %197
  %202 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %199
  %203 = load i8, i8* %202, align 1, !tbaa !13
  %204 = and i8 %203, -64
  %205 = icmp eq i8 %204, -128
  br i1 %205, label %197, label %206, !llvm.loop !82

206:                                              ; preds = %201, %197
  %207 = phi i64 [ %195, %197 ], [ %199, %201 ]
  %208 = add i64 %179, 2
  %209 = icmp eq i64 %208, %156
  br i1 %209, label %210, label %177, !llvm.loop !83

210:                                              ; preds = %206, %152
  %211 = phi i64 [ undef, %152 ], [ %207, %206 ]
  %212 = phi i64 [ 0, %152 ], [ %207, %206 ]
  %213 = icmp eq i64 %153, 0
  br i1 %213, label %227, label %214

214:                                              ; preds = %210
  %215 = add i64 %212, 1
  %216 = tail call i64 @llvm.smax.i64(i64 %27, i64 %215) #32
  %217 = add i64 %216, -1
  br label %218

218:                                              ; preds = %222, %214
  %219 = phi i64 [ %220, %222 ], [ %212, %214 ]
  %220 = add i64 %219, 1
  %221 = icmp eq i64 %219, %217
  br i1 %221, label %227, label %222

222:                                              ; preds = %218
  %223 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %220
  %224 = load i8, i8* %223, align 1, !tbaa !13
  %225 = and i8 %224, -64
  %226 = icmp eq i8 %225, -128
  br i1 %226, label %218, label %227, !llvm.loop !82

227:                                              ; preds = %210, %222, %218, %145, %174, %150, %124, %119
  %228 = phi i64 [ %120, %119 ], [ %9, %124 ], [ 0, %150 ], [ %9, %174 ], [ %9, %145 ], [ %9, %218 ], [ %9, %222 ], [ %9, %210 ]
  %229 = phi i64 [ %27, %119 ], [ %9, %124 ], [ 0, %150 ], [ %148, %145 ], [ %169, %174 ], [ %211, %210 ], [ %216, %218 ], [ %220, %222 ]
  %230 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 0
  call fastcc void @pad_out(%struct.EmBuf* noundef %0, %struct.Spec* noundef nonnull %12, i32 noundef 60, i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.24, i64 0, i64 0), i64 noundef 0, i8* noundef nonnull %230, i64 noundef %229, i64 noundef %228)
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %13) #32
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @pad_out(%struct.EmBuf* nocapture noundef %0, %struct.Spec* nocapture noundef readonly %1, i32 noundef %2, i8* nocapture noundef readonly %3, i64 noundef %4, i8* nocapture noundef readonly %5, i64 noundef %6, i64 noundef %7) unnamed_addr #0 {
  %9 = alloca i32, align 4
  %10 = getelementptr inbounds %struct.Spec, %struct.Spec* %1, i64 0, i32 0
  %11 = load i32, i32* %10, align 8, !tbaa !129
  %12 = icmp eq i32 %11, 0
  %13 = select i1 %12, i32 32, i32 %11
  %14 = getelementptr inbounds %struct.Spec, %struct.Spec* %1, i64 0, i32 1
  %15 = load i32, i32* %14, align 4, !tbaa !131
  %16 = icmp eq i32 %15, 0
  %17 = select i1 %16, i32 %2, i32 %15
  %18 = getelementptr inbounds %struct.Spec, %struct.Spec* %1, i64 0, i32 5
  %19 = load i64, i64* %18, align 8, !tbaa !135
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
  store i8 %35, i8* %32, align 4, !tbaa !13
  br label %79

36:                                               ; preds = %26
  %37 = icmp ult i32 %13, 2048
  br i1 %37, label %38, label %46

38:                                               ; preds = %36
  %39 = lshr i32 %13, 6
  %40 = trunc i32 %39 to i8
  %41 = or i8 %40, -64
  store i8 %41, i8* %32, align 4, !tbaa !13
  %42 = trunc i32 %13 to i8
  %43 = and i8 %42, 63
  %44 = or i8 %43, -128
  %45 = getelementptr inbounds i8, i8* %32, i64 1
  store i8 %44, i8* %45, align 1, !tbaa !13
  br label %79

46:                                               ; preds = %36
  %47 = icmp ult i32 %13, 65536
  br i1 %47, label %48, label %61

48:                                               ; preds = %46
  %49 = lshr i32 %13, 12
  %50 = trunc i32 %49 to i8
  %51 = or i8 %50, -32
  store i8 %51, i8* %32, align 4, !tbaa !13
  %52 = lshr i32 %13, 6
  %53 = trunc i32 %52 to i8
  %54 = and i8 %53, 63
  %55 = or i8 %54, -128
  %56 = getelementptr inbounds i8, i8* %32, i64 1
  store i8 %55, i8* %56, align 1, !tbaa !13
  %57 = trunc i32 %13 to i8
  %58 = and i8 %57, 63
  %59 = or i8 %58, -128
  %60 = getelementptr inbounds i8, i8* %32, i64 2
  store i8 %59, i8* %60, align 2, !tbaa !13
  br label %79

61:                                               ; preds = %46
  %62 = lshr i32 %13, 18
  %63 = trunc i32 %62 to i8
  %64 = or i8 %63, -16
  store i8 %64, i8* %32, align 4, !tbaa !13
  %65 = lshr i32 %13, 12
  %66 = trunc i32 %65 to i8
  %67 = and i8 %66, 63
  %68 = or i8 %67, -128
  %69 = getelementptr inbounds i8, i8* %32, i64 1
  store i8 %68, i8* %69, align 1, !tbaa !13
  %70 = lshr i32 %13, 6
  %71 = trunc i32 %70 to i8
  %72 = and i8 %71, 63
  %73 = or i8 %72, -128
  %74 = getelementptr inbounds i8, i8* %32, i64 2
  store i8 %73, i8* %74, align 2, !tbaa !13
  %75 = trunc i32 %13 to i8
  %76 = and i8 %75, 63
  %77 = or i8 %76, -128
  %78 = getelementptr inbounds i8, i8* %32, i64 3
  store i8 %77, i8* %78, align 1, !tbaa !13
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
  br label %125

89:                                               ; preds = %148, %83
  %90 = phi i64 [ %84, %83 ], [ %154, %148 ]
  %91 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %92 = add nsw i64 %90, %4
  %93 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %94 = load i64, i64* %93, align 8, !tbaa !66
  %95 = icmp sgt i64 %92, %94
  br i1 %95, label %99, label %96

96:                                               ; preds = %89
  %97 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %98 = load i8*, i8** %97, align 8, !tbaa !43
  br label %115

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
  %110 = tail call i8* @realloc(i8* noundef %107, i64 noundef %109) #32
  %111 = icmp eq i8* %110, null
  br i1 %111, label %112, label %113

112:                                              ; preds = %106, %99
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

113:                                              ; preds = %106
  store i8* %110, i8** %103, align 8, !tbaa !43
  store i64 %102, i64* %93, align 8, !tbaa !66
  %114 = load i64, i64* %91, align 8, !tbaa !45
  br label %115

115:                                              ; preds = %96, %113
  %116 = phi i64 [ %90, %96 ], [ %114, %113 ]
  %117 = phi i8* [ %98, %96 ], [ %110, %113 ]
  %118 = getelementptr inbounds i8, i8* %117, i64 16
  %119 = getelementptr inbounds i8, i8* %118, i64 %116
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %119, i8* align 1 %3, i64 %4, i1 false) #32
  %120 = load i64, i64* %91, align 8, !tbaa !45
  %121 = add nsw i64 %120, %4
  store i64 %121, i64* %91, align 8, !tbaa !45
  %122 = icmp eq i64 %29, 0
  br i1 %122, label %157, label %123

123:                                              ; preds = %115
  %124 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  br label %191

125:                                              ; preds = %85, %148
  %126 = phi i64 [ %88, %85 ], [ %154, %148 ]
  %127 = phi i64 [ 0, %85 ], [ %155, %148 ]
  %128 = add nsw i64 %126, %80
  %129 = load i64, i64* %86, align 8, !tbaa !66
  %130 = icmp sgt i64 %128, %129
  br i1 %130, label %133, label %131

131:                                              ; preds = %125
  %132 = load i8*, i8** %87, align 8, !tbaa !43
  br label %148

133:                                              ; preds = %125
  %134 = shl nsw i64 %129, 1
  %135 = icmp sgt i64 %134, %128
  %136 = select i1 %135, i64 %134, i64 %128
  %137 = add nsw i64 %136, 17
  %138 = icmp sgt i64 %136, -18
  br i1 %138, label %139, label %145

139:                                              ; preds = %133
  %140 = load i8*, i8** %87, align 8, !tbaa !43
  %141 = icmp eq i64 %137, 0
  %142 = select i1 %141, i64 1, i64 %137
  %143 = tail call i8* @realloc(i8* noundef %140, i64 noundef %142) #32
  %144 = icmp eq i8* %143, null
  br i1 %144, label %145, label %146

145:                                              ; preds = %139, %133
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

146:                                              ; preds = %139
  store i8* %143, i8** %87, align 8, !tbaa !43
  store i64 %136, i64* %86, align 8, !tbaa !66
  %147 = load i64, i64* %82, align 8, !tbaa !45
  br label %148

148:                                              ; preds = %131, %146
  %149 = phi i64 [ %126, %131 ], [ %147, %146 ]
  %150 = phi i8* [ %132, %131 ], [ %143, %146 ]
  %151 = getelementptr inbounds i8, i8* %150, i64 16
  %152 = getelementptr inbounds i8, i8* %151, i64 %149
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %152, i8* noundef nonnull align 4 %32, i64 %80, i1 false) #32
  %153 = load i64, i64* %82, align 8, !tbaa !45
  %154 = add nsw i64 %153, %80
  store i64 %154, i64* %82, align 8, !tbaa !45
  %155 = add nuw nsw i64 %127, 1
  %156 = icmp eq i64 %155, %27
  br i1 %156, label %89, label %125, !llvm.loop !164

157:                                              ; preds = %214, %115
  %158 = phi i64 [ %121, %115 ], [ %220, %214 ]
  %159 = add nsw i64 %158, %6
  %160 = load i64, i64* %93, align 8, !tbaa !66
  %161 = icmp sgt i64 %159, %160
  br i1 %161, label %165, label %162

162:                                              ; preds = %157
  %163 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %164 = load i8*, i8** %163, align 8, !tbaa !43
  br label %181

165:                                              ; preds = %157
  %166 = shl nsw i64 %160, 1
  %167 = icmp sgt i64 %166, %159
  %168 = select i1 %167, i64 %166, i64 %159
  %169 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %170 = add nsw i64 %168, 17
  %171 = icmp sgt i64 %168, -18
  br i1 %171, label %172, label %178

172:                                              ; preds = %165
  %173 = load i8*, i8** %169, align 8, !tbaa !43
  %174 = icmp eq i64 %170, 0
  %175 = select i1 %174, i64 1, i64 %170
  %176 = tail call i8* @realloc(i8* noundef %173, i64 noundef %175) #32
  %177 = icmp eq i8* %176, null
  br i1 %177, label %178, label %179

178:                                              ; preds = %172, %165
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

179:                                              ; preds = %172
  store i8* %176, i8** %169, align 8, !tbaa !43
  store i64 %168, i64* %93, align 8, !tbaa !66
  %180 = load i64, i64* %91, align 8, !tbaa !45
  br label %181

181:                                              ; preds = %162, %179
  %182 = phi i64 [ %158, %162 ], [ %180, %179 ]
  %183 = phi i8* [ %164, %162 ], [ %176, %179 ]
  %184 = getelementptr inbounds i8, i8* %183, i64 16
  %185 = getelementptr inbounds i8, i8* %184, i64 %182
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %185, i8* align 1 %5, i64 %6, i1 false) #32
  %186 = load i64, i64* %91, align 8, !tbaa !45
  %187 = add nsw i64 %186, %6
  store i64 %187, i64* %91, align 8, !tbaa !45
  %188 = icmp sgt i64 %31, 0
  br i1 %188, label %189, label %223

189:                                              ; preds = %181
  %190 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  br label %224

191:                                              ; preds = %123, %214
  %192 = phi i64 [ %121, %123 ], [ %220, %214 ]
  %193 = phi i64 [ 0, %123 ], [ %221, %214 ]
  %194 = add nsw i64 %192, %80
  %195 = load i64, i64* %93, align 8, !tbaa !66
  %196 = icmp sgt i64 %194, %195
  br i1 %196, label %199, label %197

197:                                              ; preds = %191
  %198 = load i8*, i8** %124, align 8, !tbaa !43
  br label %214

199:                                              ; preds = %191
  %200 = shl nsw i64 %195, 1
  %201 = icmp sgt i64 %200, %194
  %202 = select i1 %201, i64 %200, i64 %194
  %203 = add nsw i64 %202, 17
  %204 = icmp sgt i64 %202, -18
  br i1 %204, label %205, label %211

205:                                              ; preds = %199
  %206 = load i8*, i8** %124, align 8, !tbaa !43
  %207 = icmp eq i64 %203, 0
  %208 = select i1 %207, i64 1, i64 %203
  %209 = tail call i8* @realloc(i8* noundef %206, i64 noundef %208) #32
  %210 = icmp eq i8* %209, null
  br i1 %210, label %211, label %212

211:                                              ; preds = %205, %199
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

212:                                              ; preds = %205
  store i8* %209, i8** %124, align 8, !tbaa !43
  store i64 %202, i64* %93, align 8, !tbaa !66
  %213 = load i64, i64* %91, align 8, !tbaa !45
  br label %214

214:                                              ; preds = %197, %212
  %215 = phi i64 [ %192, %197 ], [ %213, %212 ]
  %216 = phi i8* [ %198, %197 ], [ %209, %212 ]
  %217 = getelementptr inbounds i8, i8* %216, i64 16
  %218 = getelementptr inbounds i8, i8* %217, i64 %215
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %218, i8* noundef nonnull align 4 %32, i64 %80, i1 false) #32
  %219 = load i64, i64* %91, align 8, !tbaa !45
  %220 = add nsw i64 %219, %80
  store i64 %220, i64* %91, align 8, !tbaa !45
  %221 = add nuw nsw i64 %193, 1
  %222 = icmp eq i64 %221, %29
  br i1 %222, label %157, label %191, !llvm.loop !165

223:                                              ; preds = %247, %181
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %32)
  ret void

224:                                              ; preds = %189, %247
  %225 = phi i64 [ %187, %189 ], [ %253, %247 ]
  %226 = phi i64 [ 0, %189 ], [ %254, %247 ]
  %227 = add nsw i64 %225, %80
  %228 = load i64, i64* %93, align 8, !tbaa !66
  %229 = icmp sgt i64 %227, %228
  br i1 %229, label %232, label %230

230:                                              ; preds = %224
  %231 = load i8*, i8** %190, align 8, !tbaa !43
  br label %247

232:                                              ; preds = %224
  %233 = shl nsw i64 %228, 1
  %234 = icmp sgt i64 %233, %227
  %235 = select i1 %234, i64 %233, i64 %227
  %236 = add nsw i64 %235, 17
  %237 = icmp sgt i64 %235, -18
  br i1 %237, label %238, label %244

238:                                              ; preds = %232
  %239 = load i8*, i8** %190, align 8, !tbaa !43
  %240 = icmp eq i64 %236, 0
  %241 = select i1 %240, i64 1, i64 %236
  %242 = tail call i8* @realloc(i8* noundef %239, i64 noundef %241) #32
  %243 = icmp eq i8* %242, null
  br i1 %243, label %244, label %245

244:                                              ; preds = %238, %232
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

245:                                              ; preds = %238
  store i8* %242, i8** %190, align 8, !tbaa !43
  store i64 %235, i64* %93, align 8, !tbaa !66
  %246 = load i64, i64* %91, align 8, !tbaa !45
  br label %247

247:                                              ; preds = %230, %245
  %248 = phi i64 [ %225, %230 ], [ %246, %245 ]
  %249 = phi i8* [ %231, %230 ], [ %242, %245 ]
  %250 = getelementptr inbounds i8, i8* %249, i64 16
  %251 = getelementptr inbounds i8, i8* %250, i64 %248
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %251, i8* noundef nonnull align 4 %32, i64 %80, i1 false) #32
  %252 = load i64, i64* %91, align 8, !tbaa !45
  %253 = add nsw i64 %252, %80
  store i64 %253, i64* %91, align 8, !tbaa !45
  %254 = add nuw nsw i64 %226, 1
  %255 = icmp slt i64 %254, %31
  br i1 %255, label %224, label %223, !llvm.loop !166
}

; Function Attrs: nounwind
define void @ember_buf_fmt_dyn(%struct.EmBuf* nocapture noundef %0, i32 noundef %1, i64 noundef %2, double noundef %3, %struct.EmStr* nocapture noundef readonly %4, %struct.EmStr* noundef %5, i8* noundef %6, i32 noundef %7, i32 noundef %8) local_unnamed_addr #0 {
  %10 = alloca [200 x i8], align 16
  %11 = icmp eq i32 %1, 3
  %12 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 0
  %13 = load i64, i64* %12, align 8, !tbaa !11
  %14 = icmp eq i64 %13, 0
  %15 = select i1 %11, i1 %14, i1 false
  br i1 %15, label %16, label %53

16:                                               ; preds = %9
  %17 = trunc i64 %2 to i32
  %18 = icmp eq i32 %17, 0
  %19 = select i1 %18, i64 5, i64 4
  %20 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %21 = load i64, i64* %20, align 8, !tbaa !45
  %22 = add nsw i64 %21, %19
  %23 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %24 = load i64, i64* %23, align 8, !tbaa !66
  %25 = icmp sgt i64 %22, %24
  br i1 %25, label %29, label %26

26:                                               ; preds = %16
  %27 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %28 = load i8*, i8** %27, align 8, !tbaa !43
  br label %45

29:                                               ; preds = %16
  %30 = shl nsw i64 %24, 1
  %31 = icmp sgt i64 %30, %22
  %32 = select i1 %31, i64 %30, i64 %22
  %33 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %34 = add nsw i64 %32, 17
  %35 = icmp sgt i64 %32, -18
  br i1 %35, label %36, label %42

36:                                               ; preds = %29
  %37 = load i8*, i8** %33, align 8, !tbaa !43
  %38 = icmp eq i64 %34, 0
  %39 = select i1 %38, i64 1, i64 %34
  %40 = tail call i8* @realloc(i8* noundef %37, i64 noundef %39) #32
  %41 = icmp eq i8* %40, null
  br i1 %41, label %42, label %43

42:                                               ; preds = %36, %29
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

43:                                               ; preds = %36
  store i8* %40, i8** %33, align 8, !tbaa !43
  store i64 %32, i64* %23, align 8, !tbaa !66
  %44 = load i64, i64* %20, align 8, !tbaa !45
  br label %45

45:                                               ; preds = %26, %43
  %46 = phi i64 [ %21, %26 ], [ %44, %43 ]
  %47 = phi i8* [ %28, %26 ], [ %40, %43 ]
  %48 = select i1 %18, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.3, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i64 0, i64 0)
  %49 = getelementptr inbounds i8, i8* %47, i64 16
  %50 = getelementptr inbounds i8, i8* %49, i64 %46
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(4) %50, i8* noundef nonnull align 1 dereferenceable(4) %48, i64 %19, i1 false) #32
  %51 = load i64, i64* %20, align 8, !tbaa !45
  %52 = add nsw i64 %51, %19
  store i64 %52, i64* %20, align 8, !tbaa !45
  br label %326

53:                                               ; preds = %9
  %54 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 0
  %55 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 %13
  %56 = getelementptr inbounds [200 x i8], [200 x i8]* %10, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 200, i8* nonnull %56) #32
  %57 = icmp sgt i64 %13, 0
  br i1 %57, label %58, label %138

58:                                               ; preds = %53
  %59 = load i8, i8* %54, align 1, !tbaa !13
  %60 = icmp sgt i8 %59, -1
  br i1 %60, label %61, label %63

61:                                               ; preds = %58
  %62 = zext i8 %59 to i32
  br label %112

63:                                               ; preds = %58
  %64 = icmp ult i8 %59, -32
  br i1 %64, label %65, label %74

65:                                               ; preds = %63
  %66 = and i8 %59, 31
  %67 = zext i8 %66 to i32
  %68 = shl nuw nsw i32 %67, 6
  %69 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %70 = load i8, i8* %69, align 1, !tbaa !13
  %71 = and i8 %70, 63
  %72 = zext i8 %71 to i32
  %73 = or i32 %68, %72
  br label %112

74:                                               ; preds = %63
  %75 = icmp ult i8 %59, -16
  br i1 %75, label %76, label %91

76:                                               ; preds = %74
  %77 = and i8 %59, 15
  %78 = zext i8 %77 to i32
  %79 = shl nuw nsw i32 %78, 12
  %80 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %81 = load i8, i8* %80, align 1, !tbaa !13
  %82 = and i8 %81, 63
  %83 = zext i8 %82 to i32
  %84 = shl nuw nsw i32 %83, 6
  %85 = or i32 %84, %79
  %86 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 2
  %87 = load i8, i8* %86, align 1, !tbaa !13
  %88 = and i8 %87, 63
  %89 = zext i8 %88 to i32
  %90 = or i32 %85, %89
  br label %112

91:                                               ; preds = %74
  %92 = and i8 %59, 7
  %93 = zext i8 %92 to i32
  %94 = shl nuw nsw i32 %93, 18
  %95 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %96 = load i8, i8* %95, align 1, !tbaa !13
  %97 = and i8 %96, 63
  %98 = zext i8 %97 to i32
  %99 = shl nuw nsw i32 %98, 12
  %100 = or i32 %99, %94
  %101 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 2
  %102 = load i8, i8* %101, align 1, !tbaa !13
  %103 = and i8 %102, 63
  %104 = zext i8 %103 to i32
  %105 = shl nuw nsw i32 %104, 6
  %106 = or i32 %100, %105
  %107 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 3
  %108 = load i8, i8* %107, align 1, !tbaa !13
  %109 = and i8 %108, 63
  %110 = zext i8 %109 to i32
  %111 = or i32 %106, %110
  br label %112

112:                                              ; preds = %61, %65, %76, %91
  %113 = phi i32 [ 1, %61 ], [ 2, %65 ], [ 3, %76 ], [ 4, %91 ]
  %114 = phi i32 [ %62, %61 ], [ %73, %65 ], [ %90, %76 ], [ %111, %91 ]
  %115 = zext i32 %113 to i64
  %116 = icmp ugt i64 %13, %115
  br i1 %116, label %117, label %129

117:                                              ; preds = %112
  %118 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 %115
  %119 = load i8, i8* %118, align 1, !tbaa !13
  %120 = sext i8 %119 to i32
  %121 = icmp eq i8 %119, 0
  br i1 %121, label %129, label %122

122:                                              ; preds = %117
  %123 = tail call i8* @memchr(i8* nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.36, i64 0, i64 0), i32 %120, i64 5)
  %124 = icmp eq i8* %123, null
  br i1 %124, label %129, label %125

125:                                              ; preds = %122
  %126 = add nuw nsw i32 %113, 1
  %127 = zext i32 %126 to i64
  %128 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 %127
  br label %138

129:                                              ; preds = %122, %117, %112
  %130 = sext i8 %59 to i32
  %131 = icmp eq i8 %59, 0
  br i1 %131, label %138, label %132

132:                                              ; preds = %129
  %133 = tail call i8* @memchr(i8* nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.36, i64 0, i64 0), i32 %130, i64 5)
  %134 = icmp eq i8* %133, null
  %135 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %5, i64 0, i32 2, i64 1
  %136 = select i1 %134, i32 0, i32 %130
  %137 = select i1 %134, i8* %54, i8* %135
  br label %138

138:                                              ; preds = %132, %125, %129, %53
  %139 = phi i32 [ 0, %53 ], [ %114, %125 ], [ 0, %129 ], [ 0, %132 ]
  %140 = phi i32 [ 0, %53 ], [ %120, %125 ], [ 0, %129 ], [ %136, %132 ]
  %141 = phi i8* [ %54, %53 ], [ %128, %125 ], [ %54, %129 ], [ %137, %132 ]
  %142 = icmp ult i8* %141, %55
  br i1 %142, label %143, label %148

143:                                              ; preds = %138
  %144 = load i8, i8* %141, align 1, !tbaa !13
  switch i8 %144, label %148 [
    i8 43, label %145
    i8 45, label %145
    i8 32, label %145
  ]

145:                                              ; preds = %143, %143, %143
  %146 = getelementptr inbounds i8, i8* %141, i64 1
  %147 = zext i8 %144 to i32
  br label %148

148:                                              ; preds = %143, %145, %138
  %149 = phi i32 [ %147, %145 ], [ 0, %138 ], [ 0, %143 ]
  %150 = phi i8* [ %146, %145 ], [ %141, %138 ], [ %141, %143 ]
  %151 = icmp ult i8* %150, %55
  br i1 %151, label %152, label %158

152:                                              ; preds = %148
  %153 = load i8, i8* %150, align 1, !tbaa !13
  %154 = icmp eq i8 %153, 35
  %155 = zext i1 %154 to i32
  %156 = zext i1 %154 to i64
  %157 = getelementptr i8, i8* %150, i64 %156
  br label %158

158:                                              ; preds = %152, %148
  %159 = phi i32 [ 0, %148 ], [ %155, %152 ]
  %160 = phi i8* [ %150, %148 ], [ %157, %152 ]
  %161 = icmp ult i8* %160, %55
  br i1 %161, label %162, label %168

162:                                              ; preds = %158
  %163 = load i8, i8* %160, align 1, !tbaa !13
  %164 = icmp eq i8 %163, 48
  %165 = zext i1 %164 to i32
  %166 = zext i1 %164 to i64
  %167 = getelementptr i8, i8* %160, i64 %166
  br label %168

168:                                              ; preds = %162, %158
  %169 = phi i32 [ 0, %158 ], [ %165, %162 ]
  %170 = phi i8* [ %160, %158 ], [ %167, %162 ]
  %171 = icmp ult i8* %170, %55
  br i1 %171, label %172, label %195

172:                                              ; preds = %168, %182
  %173 = phi i8* [ %189, %182 ], [ %170, %168 ]
  %174 = phi i64 [ %188, %182 ], [ -1, %168 ]
  %175 = load i8, i8* %173, align 1, !tbaa !13
  %176 = sext i8 %175 to i64
  %177 = icmp sgt i8 %175, 47
  br i1 %177, label %178, label %191

178:                                              ; preds = %172
  %179 = icmp ult i8 %175, 58
  %180 = icmp slt i64 %174, 100000000
  %181 = select i1 %179, i1 %180, i1 false
  br i1 %181, label %182, label %191

182:                                              ; preds = %178
  %183 = icmp slt i64 %174, 0
  %184 = mul nsw i64 %174, 10
  %185 = select i1 %183, i64 0, i64 %184
  %186 = add nsw i64 %176, 4294967248
  %187 = and i64 %186, 4294967295
  %188 = add nsw i64 %187, %185
  %189 = getelementptr inbounds i8, i8* %173, i64 1
  %190 = icmp ult i8* %189, %55
  br i1 %190, label %172, label %195, !llvm.loop !167

191:                                              ; preds = %178, %172
  switch i8 %175, label %195 [
    i8 44, label %192
    i8 95, label %192
  ]

192:                                              ; preds = %191, %191
  %193 = getelementptr inbounds i8, i8* %173, i64 1
  %194 = zext i8 %175 to i32
  br label %195

195:                                              ; preds = %182, %168, %191, %192
  %196 = phi i64 [ %174, %192 ], [ %174, %191 ], [ -1, %168 ], [ %188, %182 ]
  %197 = phi i32 [ %194, %192 ], [ 0, %191 ], [ 0, %168 ], [ 0, %182 ]
  %198 = phi i8* [ %193, %192 ], [ %173, %191 ], [ %170, %168 ], [ %189, %182 ]
  %199 = icmp ult i8* %198, %55
  br i1 %199, label %200, label %229

200:                                              ; preds = %195
  %201 = load i8, i8* %198, align 1, !tbaa !13
  %202 = icmp eq i8 %201, 46
  br i1 %202, label %203, label %229

203:                                              ; preds = %200
  %204 = getelementptr inbounds i8, i8* %198, i64 1
  %205 = icmp ult i8* %204, %55
  br i1 %205, label %206, label %225

206:                                              ; preds = %203, %216
  %207 = phi i8* [ %223, %216 ], [ %204, %203 ]
  %208 = phi i64 [ %222, %216 ], [ -1, %203 ]
  %209 = load i8, i8* %207, align 1, !tbaa !13
  %210 = sext i8 %209 to i64
  %211 = icmp sgt i8 %209, 47
  br i1 %211, label %212, label %225

212:                                              ; preds = %206
  %213 = icmp ult i8 %209, 58
  %214 = icmp slt i64 %208, 100000000
  %215 = select i1 %213, i1 %214, i1 false
  br i1 %215, label %216, label %225

216:                                              ; preds = %212
  %217 = icmp slt i64 %208, 0
  %218 = mul nsw i64 %208, 10
  %219 = select i1 %217, i64 0, i64 %218
  %220 = add nsw i64 %210, 4294967248
  %221 = and i64 %220, 4294967295
  %222 = add nsw i64 %221, %219
  %223 = getelementptr inbounds i8, i8* %207, i64 1
  %224 = icmp ult i8* %223, %55
  br i1 %224, label %206, label %225, !llvm.loop !168

225:                                              ; preds = %212, %206, %216, %203
  %226 = phi i64 [ -1, %203 ], [ %222, %216 ], [ %208, %206 ], [ %208, %212 ]
  %227 = phi i8* [ %204, %203 ], [ %223, %216 ], [ %207, %206 ], [ %207, %212 ]
  %228 = icmp sgt i64 %226, -1
  br label %229

229:                                              ; preds = %225, %200, %195
  %230 = phi i64 [ -1, %200 ], [ -1, %195 ], [ %226, %225 ]
  %231 = phi i1 [ true, %200 ], [ true, %195 ], [ %228, %225 ]
  %232 = phi i8* [ %198, %200 ], [ %198, %195 ], [ %227, %225 ]
  %233 = icmp ult i8* %232, %55
  br i1 %233, label %234, label %245

234:                                              ; preds = %229
  %235 = load i8, i8* %232, align 1, !tbaa !13
  %236 = sext i8 %235 to i32
  %237 = icmp eq i8 %235, 0
  br i1 %237, label %245, label %238

238:                                              ; preds = %234
  %239 = tail call i8* @memchr(i8* nonnull dereferenceable(16) getelementptr inbounds ([16 x i8], [16 x i8]* @.str.37, i64 0, i64 0), i32 %236, i64 16)
  %240 = icmp eq i8* %239, null
  %241 = select i1 %240, i32 0, i32 %236
  %242 = xor i1 %240, true
  %243 = zext i1 %242 to i64
  %244 = getelementptr i8, i8* %232, i64 %243
  br label %245

245:                                              ; preds = %238, %234, %229
  %246 = phi i32 [ 0, %234 ], [ 0, %229 ], [ %241, %238 ]
  %247 = phi i8* [ %232, %234 ], [ %232, %229 ], [ %244, %238 ]
  br i1 %231, label %248, label %299

248:                                              ; preds = %245
  %249 = icmp eq i8* %247, %55
  br i1 %249, label %250, label %282

250:                                              ; preds = %248
  %251 = icmp eq i32 %1, 0
  %252 = or i1 %251, %11
  %253 = icmp ne i32 %246, 0
  %254 = select i1 %252, i1 %253, i1 false
  br i1 %254, label %255, label %258

255:                                              ; preds = %250
  %256 = tail call i8* @memchr(i8* nonnull dereferenceable(15) getelementptr inbounds ([15 x i8], [15 x i8]* @.str.40, i64 0, i64 0), i32 %246, i64 15)
  %257 = icmp eq i8* %256, null
  br i1 %257, label %290, label %258

258:                                              ; preds = %250, %255
  %259 = icmp sgt i64 %230, -1
  %260 = select i1 %252, i1 %259, i1 false
  br i1 %260, label %261, label %265

261:                                              ; preds = %258
  br i1 %253, label %262, label %299

262:                                              ; preds = %261
  %263 = tail call i8* @memchr(i8* nonnull dereferenceable(8) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.41, i64 0, i64 0), i32 %246, i64 8)
  %264 = icmp eq i8* %263, null
  br i1 %264, label %299, label %265

265:                                              ; preds = %258, %262
  %266 = icmp eq i32 %1, 1
  %267 = select i1 %266, i1 %253, i1 false
  br i1 %267, label %268, label %271

268:                                              ; preds = %265
  %269 = tail call i8* @memchr(i8* nonnull dereferenceable(9) getelementptr inbounds ([9 x i8], [9 x i8]* @.str.43, i64 0, i64 0), i32 %246, i64 9)
  %270 = icmp eq i8* %269, null
  br i1 %270, label %294, label %301

271:                                              ; preds = %265
  %272 = icmp eq i32 %1, 2
  br i1 %272, label %273, label %309

273:                                              ; preds = %271
  switch i32 %246, label %290 [
    i32 115, label %274
    i32 0, label %274
  ]

274:                                              ; preds = %273, %273
  %275 = icmp eq i32 %149, 0
  br i1 %275, label %276, label %299

276:                                              ; preds = %274
  %277 = icmp eq i32 %140, 61
  br i1 %277, label %299, label %278

278:                                              ; preds = %276
  %279 = icmp eq i32 %197, 0
  br i1 %279, label %305, label %280

280:                                              ; preds = %278
  %281 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %56, i64 noundef 200, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.46, i64 0, i64 0), i32 noundef %197) #32
  br label %290

282:                                              ; preds = %248
  %283 = icmp slt i64 %13, 60
  %284 = select i1 %283, i64 %13, i64 60
  %285 = trunc i64 %284 to i32
  %286 = sext i32 %1 to i64
  %287 = getelementptr inbounds [4 x i8*], [4 x i8*]* @ember_buf_fmt_dyn.names, i64 0, i64 %286
  %288 = load i8*, i8** %287, align 8, !tbaa !7
  %289 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %56, i64 noundef 200, i8* noundef getelementptr inbounds ([56 x i8], [56 x i8]* @.str.39, i64 0, i64 0), i32 noundef %285, i8* noundef nonnull %54, i8* noundef %288) #32
  br label %299

290:                                              ; preds = %273, %255, %280
  %291 = icmp eq i32 %1, 2
  %292 = icmp ne i32 %197, 0
  %293 = select i1 %291, i1 %292, i1 false
  br i1 %293, label %299, label %294

294:                                              ; preds = %268, %290
  %295 = zext i32 %1 to i64
  %296 = getelementptr inbounds [4 x i8*], [4 x i8*]* @ember_buf_fmt_dyn.names, i64 0, i64 %295
  %297 = load i8*, i8** %296, align 8, !tbaa !7
  %298 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %56, i64 noundef 200, i8* noundef getelementptr inbounds ([49 x i8], [49 x i8]* @.str.47, i64 0, i64 0), i32 noundef %246, i8* noundef %297) #32
  br label %299

299:                                              ; preds = %282, %245, %262, %261, %274, %276, %294, %290
  %300 = phi i8* [ %56, %290 ], [ %56, %294 ], [ %56, %282 ], [ getelementptr inbounds ([35 x i8], [35 x i8]* @.str.38, i64 0, i64 0), %245 ], [ getelementptr inbounds ([50 x i8], [50 x i8]* @.str.42, i64 0, i64 0), %262 ], [ getelementptr inbounds ([50 x i8], [50 x i8]* @.str.42, i64 0, i64 0), %261 ], [ getelementptr inbounds ([44 x i8], [44 x i8]* @.str.44, i64 0, i64 0), %274 ], [ getelementptr inbounds ([53 x i8], [53 x i8]* @.str.45, i64 0, i64 0), %276 ]
  call void @ember_fault(i32 noundef 4, i8* noundef nonnull %300, i8* noundef %6, i32 noundef %7, i32 noundef %8) #35
  unreachable

301:                                              ; preds = %268
  %302 = icmp eq i32 %139, 0
  %303 = select i1 %302, i32 32, i32 %139
  %304 = select i1 %302, i32 %169, i32 0
  br label %320

305:                                              ; preds = %278
  %306 = icmp eq i32 %139, 0
  %307 = select i1 %306, i32 32, i32 %139
  %308 = select i1 %306, i32 %169, i32 0
  tail call void @ember_buf_fmt_str(%struct.EmBuf* noundef %0, %struct.EmStr* noundef %4, i32 noundef %307, i32 noundef %140, i32 noundef %149, i32 noundef %159, i32 noundef %308, i64 noundef %196, i32 noundef %197, i64 noundef %230, i32 noundef %246)
  br label %325

309:                                              ; preds = %271
  %310 = icmp eq i32 %139, 0
  %311 = select i1 %310, i32 32, i32 %139
  %312 = select i1 %310, i32 %169, i32 0
  br i1 %266, label %320, label %313

313:                                              ; preds = %309
  %314 = icmp eq i32 %246, 0
  br i1 %314, label %324, label %315

315:                                              ; preds = %313
  %316 = tail call i8* @memchr(i8* nonnull dereferenceable(8) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.41, i64 0, i64 0), i32 %246, i64 8)
  %317 = icmp eq i8* %316, null
  br i1 %317, label %324, label %318

318:                                              ; preds = %315
  %319 = sitofp i64 %2 to double
  br label %320

320:                                              ; preds = %301, %309, %318
  %321 = phi i32 [ %311, %318 ], [ %303, %301 ], [ %311, %309 ]
  %322 = phi i32 [ %312, %318 ], [ %304, %301 ], [ %312, %309 ]
  %323 = phi double [ %319, %318 ], [ %3, %301 ], [ %3, %309 ]
  tail call void @ember_buf_fmt_f64(%struct.EmBuf* noundef %0, double noundef %323, i32 noundef %321, i32 noundef %140, i32 noundef %149, i32 noundef %159, i32 noundef %322, i64 noundef %196, i32 noundef %197, i64 noundef %230, i32 noundef %246)
  br label %325

324:                                              ; preds = %315, %313
  tail call void @ember_buf_fmt_i64(%struct.EmBuf* noundef %0, i64 noundef %2, i32 noundef %311, i32 noundef %140, i32 noundef %149, i32 noundef %159, i32 noundef %312, i64 noundef %196, i32 noundef %197, i64 noundef %230, i32 noundef %246)
  br label %325

325:                                              ; preds = %320, %324, %305
  call void @llvm.lifetime.end.p0i8(i64 200, i8* nonnull %56) #32
  br label %326

326:                                              ; preds = %325, %45
  ret void
}

; Function Attrs: nounwind
define void @ember_list_drop(%struct.EmList* noundef %0, i64 noundef %1, void (i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = icmp eq %struct.EmList* %0, null
  br i1 %4, label %29, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !14
  %8 = icmp ne void (i8*)* %2, null
  %9 = icmp sgt i64 %7, 0
  %10 = and i1 %8, %9
  br i1 %10, label %11, label %20

11:                                               ; preds = %5
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %18, %13 ]
  %15 = load i8*, i8** %12, align 8, !tbaa !17
  %16 = mul nsw i64 %14, %1
  %17 = getelementptr inbounds i8, i8* %15, i64 %16
  tail call void %2(i8* noundef %17) #32
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp eq i64 %18, %7
  br i1 %19, label %20, label %13, !llvm.loop !169

20:                                               ; preds = %13, %5
  %21 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %22 = load i64, i64* %21, align 8, !tbaa !16
  %23 = icmp sgt i64 %22, -1
  br i1 %23, label %24, label %27

24:                                               ; preds = %20
  %25 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %26 = load i8*, i8** %25, align 8, !tbaa !17
  tail call void @free(i8* noundef %26) #32
  br label %27

27:                                               ; preds = %24, %20
  %28 = bitcast %struct.EmList* %0 to i8*
  tail call void @free(i8* noundef %28) #32
  br label %29

29:                                               ; preds = %3, %27
  ret void
}

; Function Attrs: nounwind
define void @ember_list_reserve(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !16
  %6 = icmp slt i64 %5, %2
  br i1 %6, label %7, label %60

7:                                                ; preds = %3
  %8 = icmp slt i64 %5, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.75, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

10:                                               ; preds = %7
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %12 = load i8*, i8** %11, align 8, !tbaa !17
  %13 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %14 = load i64, i64* %13, align 8, !tbaa !14
  %15 = mul nsw i64 %14, %1
  %16 = or i64 %2, %1
  %17 = icmp sgt i64 %16, -1
  br i1 %17, label %18, label %21

18:                                               ; preds = %10
  %19 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %2, i64 %1) #32
  %20 = extractvalue { i64, i1 } %19, 1
  br i1 %20, label %21, label %22

21:                                               ; preds = %18, %10
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  %30 = tail call i8* @realloc(i8* noundef %12, i64 noundef %29) #32
  %31 = icmp eq i8* %30, null
  br i1 %31, label %32, label %58

32:                                               ; preds = %27, %25
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

33:                                               ; preds = %22
  %34 = icmp eq i8* %12, null
  br i1 %34, label %47, label %35

35:                                               ; preds = %33
  %36 = ptrtoint i8* %12 to i64
  %37 = and i64 %36, 63
  %38 = icmp eq i64 %37, 0
  br i1 %38, label %39, label %47

39:                                               ; preds = %35
  %40 = tail call i8* @realloc(i8* noundef nonnull %12, i64 noundef %23) #32
  %41 = icmp eq i8* %40, null
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

43:                                               ; preds = %39
  %44 = ptrtoint i8* %40 to i64
  %45 = and i64 %44, 63
  %46 = icmp eq i64 %45, 0
  br i1 %46, label %58, label %47

47:                                               ; preds = %43, %35, %33
  %48 = phi i8* [ %40, %43 ], [ %12, %35 ], [ null, %33 ]
  %49 = add nuw i64 %23, 63
  %50 = and i64 %49, -64
  %51 = tail call noalias align 64 i8* @aligned_alloc(i64 noundef 64, i64 noundef %50) #32
  %52 = icmp eq i8* %51, null
  br i1 %52, label %53, label %54

53:                                               ; preds = %47
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

54:                                               ; preds = %47
  %55 = icmp eq i64 %15, 0
  br i1 %55, label %57, label %56

56:                                               ; preds = %54
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 64 %51, i8* align 1 %48, i64 %15, i1 false) #32
  br label %57

57:                                               ; preds = %56, %54
  tail call void @free(i8* noundef %48) #32
  br label %58

58:                                               ; preds = %27, %43, %57
  %59 = phi i8* [ %40, %43 ], [ %51, %57 ], [ %30, %27 ]
  store i8* %59, i8** %11, align 8, !tbaa !17
  store i64 %2, i64* %4, align 8, !tbaa !16
  br label %60

60:                                               ; preds = %3, %58
  ret void
}

; Function Attrs: nounwind
define i8* @ember_list_insert_slot(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = icmp slt i64 %2, 0
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !14
  %7 = add nsw i64 %6, %2
  %8 = icmp sgt i64 %7, 0
  %9 = select i1 %8, i64 %7, i64 0
  %10 = select i1 %4, i64 %9, i64 %2
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %12 = icmp sgt i64 %10, %6
  %13 = select i1 %12, i64 %6, i64 %10
  %14 = add nsw i64 %6, 1
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %16 = load i64, i64* %15, align 8, !tbaa !16
  %17 = icmp sgt i64 %16, %6
  br i1 %17, label %25, label %18

18:                                               ; preds = %3
  %19 = shl nsw i64 %16, 1
  %20 = icmp sgt i64 %19, 4
  %21 = select i1 %20, i64 %19, i64 4
  %22 = icmp slt i64 %21, %14
  %23 = select i1 %22, i64 %14, i64 %21
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %1, i64 noundef %23) #32
  %24 = load i64, i64* %11, align 8, !tbaa !14
  br label %25

25:                                               ; preds = %3, %18
  %26 = phi i64 [ %6, %3 ], [ %24, %18 ]
  %27 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %28 = load i8*, i8** %27, align 8, !tbaa !17
  %29 = mul nsw i64 %13, %1
  %30 = getelementptr inbounds i8, i8* %28, i64 %29
  %31 = getelementptr inbounds i8, i8* %30, i64 %1
  %32 = sub nsw i64 %26, %13
  %33 = mul nsw i64 %32, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %31, i8* align 1 %30, i64 %33, i1 false)
  %34 = load i64, i64* %11, align 8, !tbaa !14
  %35 = add nsw i64 %34, 1
  store i64 %35, i64* %11, align 8, !tbaa !14
  ret i8* %30
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i64(i8* nocapture writeonly, i8* nocapture readonly, i64, i1 immarg) #14

; Function Attrs: nounwind
define void @ember_list_pop_into(%struct.EmList* nocapture noundef %0, i64 noundef %1, i64 noundef %2, i8* nocapture noundef writeonly %3, i8* noundef %4, i32 noundef %5, i32 noundef %6) local_unnamed_addr #0 {
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !16
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.75, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #34
  unreachable

12:                                               ; preds = %7
  %13 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %14 = load i64, i64* %13, align 8, !tbaa !14
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %12
  tail call void @ember_fault(i32 noundef 0, i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str.48, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #35
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
  tail call void @ember_fault(i32 noundef 0, i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str.49, i64 0, i64 0), i8* noundef %4, i32 noundef %5, i32 noundef %6) #35
  unreachable

25:                                               ; preds = %17
  %26 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %27 = load i8*, i8** %26, align 8, !tbaa !17
  %28 = mul nsw i64 %20, %1
  %29 = getelementptr inbounds i8, i8* %27, i64 %28
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %3, i8* align 1 %29, i64 %1, i1 false)
  %30 = getelementptr inbounds i8, i8* %29, i64 %1
  %31 = load i64, i64* %13, align 8, !tbaa !14
  %32 = xor i64 %20, -1
  %33 = add i64 %31, %32
  %34 = mul nsw i64 %33, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %29, i8* align 1 %30, i64 %34, i1 false)
  %35 = load i64, i64* %13, align 8, !tbaa !14
  %36 = add nsw i64 %35, -1
  store i64 %36, i64* %13, align 8, !tbaa !14
  ret void
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_copy(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, void (i8*, i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !14
  %6 = tail call %struct.EmList* @ember_list_new(i64 noundef %1, i64 noundef %5)
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %6, i64 0, i32 2
  %8 = load i8*, i8** %7, align 8, !tbaa !17
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %10 = load i8*, i8** %9, align 8, !tbaa !17
  %11 = load i64, i64* %4, align 8, !tbaa !14
  %12 = icmp eq void (i8*, i8*)* %2, null
  br i1 %12, label %15, label %13

13:                                               ; preds = %3
  %14 = icmp sgt i64 %11, 0
  br i1 %14, label %17, label %24

15:                                               ; preds = %3
  %16 = mul nsw i64 %11, %1
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %8, i8* align 1 %10, i64 %16, i1 false) #32
  br label %24

17:                                               ; preds = %13, %17
  %18 = phi i64 [ %22, %17 ], [ 0, %13 ]
  %19 = mul nsw i64 %18, %1
  %20 = getelementptr inbounds i8, i8* %8, i64 %19
  %21 = getelementptr inbounds i8, i8* %10, i64 %19
  tail call void %2(i8* noundef %20, i8* noundef %21) #32
  %22 = add nuw nsw i64 %18, 1
  %23 = icmp eq i64 %22, %11
  br i1 %23, label %24, label %17, !llvm.loop !170

24:                                               ; preds = %17, %13, %15
  %25 = load i64, i64* %4, align 8, !tbaa !14
  %26 = getelementptr inbounds %struct.EmList, %struct.EmList* %6, i64 0, i32 0
  store i64 %25, i64* %26, align 8, !tbaa !14
  ret %struct.EmList* %6
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_slice(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i32 noundef %5, void (i8*, i8*)* noundef readonly %6) local_unnamed_addr #0 {
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !14
  %10 = icmp eq i64 %4, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([26 x i8], [26 x i8]* @.str.67, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  br i1 %55, label %56, label %64

56:                                               ; preds = %54
  %57 = xor i64 %30, -1
  %58 = add i64 %45, %57
  %59 = sdiv i64 %58, %4
  %60 = add nsw i64 %59, 1
  br label %64

61:                                               ; preds = %46, %48
  %62 = phi i64 [ 0, %46 ], [ %53, %48 ]
  %63 = tail call %struct.EmList* @ember_list_new(i64 noundef %1, i64 noundef %62)
  br label %68

64:                                               ; preds = %54, %56
  %65 = phi i64 [ %60, %56 ], [ 0, %54 ]
  %66 = tail call %struct.EmList* @ember_list_new(i64 noundef %1, i64 noundef %65)
  %67 = icmp eq i64 %4, 1
  br i1 %67, label %77, label %68

68:                                               ; preds = %61, %64
  %69 = phi %struct.EmList* [ %63, %61 ], [ %66, %64 ]
  %70 = phi i64 [ %62, %61 ], [ %65, %64 ]
  %71 = icmp sgt i64 %70, 0
  br i1 %71, label %72, label %110

72:                                               ; preds = %68
  %73 = getelementptr inbounds %struct.EmList, %struct.EmList* %69, i64 0, i32 2
  %74 = load i8*, i8** %73, align 8, !tbaa !17
  %75 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %76 = icmp eq void (i8*, i8*)* %6, null
  br label %96

77:                                               ; preds = %64
  %78 = getelementptr inbounds %struct.EmList, %struct.EmList* %66, i64 0, i32 2
  %79 = load i8*, i8** %78, align 8, !tbaa !17
  %80 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %81 = load i8*, i8** %80, align 8, !tbaa !17
  %82 = mul nsw i64 %30, %1
  %83 = getelementptr inbounds i8, i8* %81, i64 %82
  %84 = icmp eq void (i8*, i8*)* %6, null
  br i1 %84, label %87, label %85

85:                                               ; preds = %77
  %86 = icmp sgt i64 %65, 0
  br i1 %86, label %89, label %110

87:                                               ; preds = %77
  %88 = mul nsw i64 %65, %1
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %79, i8* align 1 %83, i64 %88, i1 false) #32
  br label %110

89:                                               ; preds = %85, %89
  %90 = phi i64 [ %94, %89 ], [ 0, %85 ]
  %91 = mul nsw i64 %90, %1
  %92 = getelementptr inbounds i8, i8* %79, i64 %91
  %93 = getelementptr inbounds i8, i8* %83, i64 %91
  tail call void %6(i8* noundef %92, i8* noundef %93) #32
  %94 = add nuw nsw i64 %90, 1
  %95 = icmp eq i64 %94, %65
  br i1 %95, label %110, label %89, !llvm.loop !170

96:                                               ; preds = %72, %107
  %97 = phi i64 [ 0, %72 ], [ %108, %107 ]
  %98 = mul nsw i64 %97, %1
  %99 = getelementptr inbounds i8, i8* %74, i64 %98
  %100 = load i8*, i8** %75, align 8, !tbaa !17
  %101 = mul nsw i64 %97, %4
  %102 = add nsw i64 %101, %30
  %103 = mul nsw i64 %102, %1
  %104 = getelementptr inbounds i8, i8* %100, i64 %103
  br i1 %76, label %106, label %105

105:                                              ; preds = %96
  tail call void %6(i8* noundef %99, i8* noundef %104) #32
  br label %107

106:                                              ; preds = %96
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %99, i8* align 1 %104, i64 %1, i1 false) #32
  br label %107

107:                                              ; preds = %105, %106
  %108 = add nuw nsw i64 %97, 1
  %109 = icmp eq i64 %108, %70
  br i1 %109, label %110, label %96, !llvm.loop !171

110:                                              ; preds = %89, %107, %68, %87, %85
  %111 = phi %struct.EmList* [ %69, %68 ], [ %66, %87 ], [ %66, %85 ], [ %69, %107 ], [ %66, %89 ]
  %112 = phi i64 [ %70, %68 ], [ %65, %87 ], [ %65, %85 ], [ %70, %107 ], [ %65, %89 ]
  %113 = getelementptr inbounds %struct.EmList, %struct.EmList* %111, i64 0, i32 0
  store i64 %112, i64* %113, align 8, !tbaa !14
  ret %struct.EmList* %111
}

; Function Attrs: nounwind
define void @ember_list_extend(%struct.EmList* nocapture noundef %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, void (i8*, i8*)* noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !14
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %31, label %8

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %10 = load i64, i64* %9, align 8, !tbaa !14
  %11 = add nsw i64 %10, %6
  %12 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %13 = load i64, i64* %12, align 8, !tbaa !16
  %14 = icmp slt i64 %13, %11
  br i1 %14, label %15, label %22

15:                                               ; preds = %8
  %16 = shl nsw i64 %13, 1
  %17 = icmp sgt i64 %16, 4
  %18 = select i1 %17, i64 %16, i64 4
  %19 = icmp slt i64 %18, %11
  %20 = select i1 %19, i64 %11, i64 %18
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %2, i64 noundef %20) #32
  %21 = load i64, i64* %9, align 8, !tbaa !14
  br label %22

22:                                               ; preds = %15, %8
  %23 = phi i64 [ %21, %15 ], [ %10, %8 ]
  %24 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %25 = load i8*, i8** %24, align 8, !tbaa !17
  %26 = mul nsw i64 %23, %2
  %27 = getelementptr inbounds i8, i8* %25, i64 %26
  %28 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %29 = load i8*, i8** %28, align 8, !tbaa !17
  %30 = icmp eq void (i8*, i8*)* %3, null
  br i1 %30, label %43, label %41

31:                                               ; preds = %4
  %32 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %33 = load i8*, i8** %32, align 8, !tbaa !17
  %34 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %35 = load i64, i64* %34, align 8, !tbaa !14
  %36 = mul nsw i64 %35, %2
  %37 = getelementptr inbounds i8, i8* %33, i64 %36
  %38 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %39 = load i8*, i8** %38, align 8, !tbaa !17
  %40 = icmp eq void (i8*, i8*)* %3, null
  br i1 %40, label %43, label %54

41:                                               ; preds = %22
  %42 = icmp sgt i64 %6, 0
  br i1 %42, label %47, label %54

43:                                               ; preds = %31, %22
  %44 = phi i8* [ %39, %31 ], [ %29, %22 ]
  %45 = phi i8* [ %37, %31 ], [ %27, %22 ]
  %46 = mul nsw i64 %6, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %45, i8* align 1 %44, i64 %46, i1 false) #32
  br label %54

47:                                               ; preds = %41, %47
  %48 = phi i64 [ %52, %47 ], [ 0, %41 ]
  %49 = mul nsw i64 %48, %2
  %50 = getelementptr inbounds i8, i8* %27, i64 %49
  %51 = getelementptr inbounds i8, i8* %29, i64 %49
  tail call void %3(i8* noundef %50, i8* noundef %51) #32
  %52 = add nuw nsw i64 %48, 1
  %53 = icmp eq i64 %52, %6
  br i1 %53, label %54, label %47, !llvm.loop !170

54:                                               ; preds = %47, %31, %41, %43
  %55 = getelementptr %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %56 = load i64, i64* %55, align 8, !tbaa !14
  %57 = add nsw i64 %56, %6
  store i64 %57, i64* %55, align 8, !tbaa !14
  ret void
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_concat(%struct.EmList* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, void (i8*, i8*)* noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !14
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !14
  %9 = add nsw i64 %8, %6
  %10 = tail call %struct.EmList* @ember_list_new(i64 noundef %2, i64 noundef %9)
  %11 = load i64, i64* %5, align 8, !tbaa !14
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %36, label %13

13:                                               ; preds = %4
  %14 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 0
  %15 = load i64, i64* %14, align 8, !tbaa !14
  %16 = add nsw i64 %15, %11
  %17 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 1
  %18 = load i64, i64* %17, align 8, !tbaa !16
  %19 = icmp slt i64 %18, %16
  br i1 %19, label %20, label %27

20:                                               ; preds = %13
  %21 = shl nsw i64 %18, 1
  %22 = icmp sgt i64 %21, 4
  %23 = select i1 %22, i64 %21, i64 4
  %24 = icmp slt i64 %23, %16
  %25 = select i1 %24, i64 %16, i64 %23
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %10, i64 noundef %2, i64 noundef %25) #32
  %26 = load i64, i64* %14, align 8, !tbaa !14
  br label %27

27:                                               ; preds = %20, %13
  %28 = phi i64 [ %26, %20 ], [ %15, %13 ]
  %29 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 2
  %30 = load i8*, i8** %29, align 8, !tbaa !17
  %31 = mul nsw i64 %28, %2
  %32 = getelementptr inbounds i8, i8* %30, i64 %31
  %33 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %34 = load i8*, i8** %33, align 8, !tbaa !17
  %35 = icmp eq void (i8*, i8*)* %3, null
  br i1 %35, label %48, label %46

36:                                               ; preds = %4
  %37 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 2
  %38 = load i8*, i8** %37, align 8, !tbaa !17
  %39 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 0
  %40 = load i64, i64* %39, align 8, !tbaa !14
  %41 = mul nsw i64 %40, %2
  %42 = getelementptr inbounds i8, i8* %38, i64 %41
  %43 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %44 = load i8*, i8** %43, align 8, !tbaa !17
  %45 = icmp eq void (i8*, i8*)* %3, null
  br i1 %45, label %48, label %61

46:                                               ; preds = %27
  %47 = icmp sgt i64 %11, 0
  br i1 %47, label %54, label %61

48:                                               ; preds = %36, %27
  %49 = phi i8* [ %38, %36 ], [ %30, %27 ]
  %50 = phi i64 [ %40, %36 ], [ %28, %27 ]
  %51 = phi i8* [ %44, %36 ], [ %34, %27 ]
  %52 = phi i8* [ %42, %36 ], [ %32, %27 ]
  %53 = mul nsw i64 %11, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %52, i8* align 1 %51, i64 %53, i1 false) #32
  br label %61

54:                                               ; preds = %46, %54
  %55 = phi i64 [ %59, %54 ], [ 0, %46 ]
  %56 = mul nsw i64 %55, %2
  %57 = getelementptr inbounds i8, i8* %32, i64 %56
  %58 = getelementptr inbounds i8, i8* %34, i64 %56
  tail call void %3(i8* noundef %57, i8* noundef %58) #32
  %59 = add nuw nsw i64 %55, 1
  %60 = icmp eq i64 %59, %11
  br i1 %60, label %61, label %54, !llvm.loop !170

61:                                               ; preds = %54, %36, %46, %48
  %62 = phi i8* [ %38, %36 ], [ %30, %46 ], [ %49, %48 ], [ %30, %54 ]
  %63 = phi i64 [ %40, %36 ], [ %28, %46 ], [ %50, %48 ], [ %28, %54 ]
  %64 = getelementptr %struct.EmList, %struct.EmList* %10, i64 0, i32 0
  %65 = add nsw i64 %63, %11
  store i64 %65, i64* %64, align 8, !tbaa !14
  %66 = load i64, i64* %7, align 8, !tbaa !14
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %90, label %68

68:                                               ; preds = %61
  %69 = add nsw i64 %66, %65
  %70 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 1
  %71 = load i64, i64* %70, align 8, !tbaa !16
  %72 = icmp slt i64 %71, %69
  br i1 %72, label %73, label %82

73:                                               ; preds = %68
  %74 = shl nsw i64 %71, 1
  %75 = icmp sgt i64 %74, 4
  %76 = select i1 %75, i64 %74, i64 4
  %77 = icmp slt i64 %76, %69
  %78 = select i1 %77, i64 %69, i64 %76
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %10, i64 noundef %2, i64 noundef %78) #32
  %79 = load i64, i64* %64, align 8, !tbaa !14
  %80 = getelementptr inbounds %struct.EmList, %struct.EmList* %10, i64 0, i32 2
  %81 = load i8*, i8** %80, align 8, !tbaa !17
  br label %82

82:                                               ; preds = %73, %68
  %83 = phi i8* [ %81, %73 ], [ %62, %68 ]
  %84 = phi i64 [ %79, %73 ], [ %65, %68 ]
  %85 = mul nsw i64 %84, %2
  %86 = getelementptr inbounds i8, i8* %83, i64 %85
  %87 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %88 = load i8*, i8** %87, align 8, !tbaa !17
  %89 = icmp eq void (i8*, i8*)* %3, null
  br i1 %89, label %98, label %96

90:                                               ; preds = %61
  %91 = mul nsw i64 %65, %2
  %92 = getelementptr inbounds i8, i8* %62, i64 %91
  %93 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %94 = load i8*, i8** %93, align 8, !tbaa !17
  %95 = icmp eq void (i8*, i8*)* %3, null
  br i1 %95, label %98, label %110

96:                                               ; preds = %82
  %97 = icmp sgt i64 %66, 0
  br i1 %97, label %103, label %110

98:                                               ; preds = %90, %82
  %99 = phi i8* [ %94, %90 ], [ %88, %82 ]
  %100 = phi i8* [ %92, %90 ], [ %86, %82 ]
  %101 = mul nsw i64 %66, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %100, i8* align 1 %99, i64 %101, i1 false) #32
  %102 = load i64, i64* %64, align 8, !tbaa !14
  br label %110

103:                                              ; preds = %96, %103
  %104 = phi i64 [ %108, %103 ], [ 0, %96 ]
  %105 = mul nsw i64 %104, %2
  %106 = getelementptr inbounds i8, i8* %86, i64 %105
  %107 = getelementptr inbounds i8, i8* %88, i64 %105
  tail call void %3(i8* noundef %106, i8* noundef %107) #32
  %108 = add nuw nsw i64 %104, 1
  %109 = icmp eq i64 %108, %66
  br i1 %109, label %110, label %103, !llvm.loop !170

110:                                              ; preds = %103, %90, %96, %98
  %111 = phi i64 [ %65, %90 ], [ %84, %96 ], [ %102, %98 ], [ %84, %103 ]
  %112 = add nsw i64 %111, %66
  store i64 %112, i64* %64, align 8, !tbaa !14
  ret %struct.EmList* %10
}

; Function Attrs: nounwind
define %struct.EmList* @ember_list_repeat(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, void (i8*, i8*)* noundef readonly %3) local_unnamed_addr #0 {
  %5 = icmp sgt i64 %1, 0
  %6 = select i1 %5, i64 %1, i64 0
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !14
  %9 = icmp sgt i64 %8, -1
  br i1 %9, label %10, label %13

10:                                               ; preds = %4
  %11 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %8, i64 %6) #32
  %12 = extractvalue { i64, i1 } %11, 1
  br i1 %12, label %13, label %14

13:                                               ; preds = %10, %4
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

14:                                               ; preds = %10
  %15 = extractvalue { i64, i1 } %11, 0
  %16 = tail call %struct.EmList* @ember_list_new(i64 noundef %2, i64 noundef %15)
  br i1 %5, label %17, label %23

17:                                               ; preds = %14
  %18 = getelementptr %struct.EmList, %struct.EmList* %16, i64 0, i32 0
  %19 = getelementptr inbounds %struct.EmList, %struct.EmList* %16, i64 0, i32 1
  %20 = getelementptr inbounds %struct.EmList, %struct.EmList* %16, i64 0, i32 2
  %21 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %22 = icmp eq void (i8*, i8*)* %3, null
  br label %24

23:                                               ; preds = %66, %14
  ret %struct.EmList* %16

24:                                               ; preds = %17, %66
  %25 = phi i64 [ 0, %17 ], [ %69, %66 ]
  %26 = load i64, i64* %7, align 8, !tbaa !14
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %46, label %28

28:                                               ; preds = %24
  %29 = load i64, i64* %18, align 8, !tbaa !14
  %30 = add nsw i64 %29, %26
  %31 = load i64, i64* %19, align 8, !tbaa !16
  %32 = icmp slt i64 %31, %30
  br i1 %32, label %33, label %40

33:                                               ; preds = %28
  %34 = shl nsw i64 %31, 1
  %35 = icmp sgt i64 %34, 4
  %36 = select i1 %35, i64 %34, i64 4
  %37 = icmp slt i64 %36, %30
  %38 = select i1 %37, i64 %30, i64 %36
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %16, i64 noundef %2, i64 noundef %38) #32
  %39 = load i64, i64* %18, align 8, !tbaa !14
  br label %40

40:                                               ; preds = %33, %28
  %41 = phi i64 [ %39, %33 ], [ %29, %28 ]
  %42 = load i8*, i8** %20, align 8, !tbaa !17
  %43 = mul nsw i64 %41, %2
  %44 = getelementptr inbounds i8, i8* %42, i64 %43
  %45 = load i8*, i8** %21, align 8, !tbaa !17
  br i1 %22, label %54, label %52

46:                                               ; preds = %24
  %47 = load i8*, i8** %20, align 8, !tbaa !17
  %48 = load i64, i64* %18, align 8, !tbaa !14
  %49 = mul nsw i64 %48, %2
  %50 = getelementptr inbounds i8, i8* %47, i64 %49
  %51 = load i8*, i8** %21, align 8, !tbaa !17
  br i1 %22, label %54, label %66

52:                                               ; preds = %40
  %53 = icmp sgt i64 %26, 0
  br i1 %53, label %59, label %66

54:                                               ; preds = %46, %40
  %55 = phi i64 [ %48, %46 ], [ %41, %40 ]
  %56 = phi i8* [ %51, %46 ], [ %45, %40 ]
  %57 = phi i8* [ %50, %46 ], [ %44, %40 ]
  %58 = mul nsw i64 %26, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %57, i8* align 1 %56, i64 %58, i1 false) #32
  br label %66

59:                                               ; preds = %52, %59
  %60 = phi i64 [ %64, %59 ], [ 0, %52 ]
  %61 = mul nsw i64 %60, %2
  %62 = getelementptr inbounds i8, i8* %44, i64 %61
  %63 = getelementptr inbounds i8, i8* %45, i64 %61
  tail call void %3(i8* noundef %62, i8* noundef %63) #32
  %64 = add nuw nsw i64 %60, 1
  %65 = icmp eq i64 %64, %26
  br i1 %65, label %66, label %59, !llvm.loop !170

66:                                               ; preds = %59, %46, %52, %54
  %67 = phi i64 [ %48, %46 ], [ %41, %52 ], [ %55, %54 ], [ %41, %59 ]
  %68 = add nsw i64 %67, %26
  store i64 %68, i64* %18, align 8, !tbaa !14
  %69 = add nuw nsw i64 %25, 1
  %70 = icmp eq i64 %69, %6
  br i1 %70, label %23, label %24, !llvm.loop !172
}

; Function Attrs: nounwind
define void @ember_list_extend_move(%struct.EmList* nocapture noundef %0, %struct.EmList* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq %struct.EmList* %1, null
  br i1 %4, label %69, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !14
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %14, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %11 = load i64, i64* %10, align 8, !tbaa !16
  %12 = icmp slt i64 %11, 0
  br i1 %12, label %13, label %14

13:                                               ; preds = %9
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.75, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

14:                                               ; preds = %9, %5
  %15 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %16 = load i64, i64* %15, align 8, !tbaa !14
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %21, label %18

18:                                               ; preds = %14
  %19 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %20 = load i64, i64* %19, align 8, !tbaa !16
  br label %37

21:                                               ; preds = %14
  %22 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 1
  %23 = load i64, i64* %22, align 8, !tbaa !16
  %24 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %25 = load i64, i64* %24, align 8, !tbaa !16
  %26 = icmp sge i64 %23, %25
  %27 = icmp sgt i64 %25, -1
  %28 = and i1 %26, %27
  br i1 %28, label %29, label %37

29:                                               ; preds = %21
  %30 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %31 = load i8*, i8** %30, align 8, !tbaa !17
  tail call void @free(i8* noundef %31) #32
  %32 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %33 = load i8*, i8** %32, align 8, !tbaa !17
  store i8* %33, i8** %30, align 8, !tbaa !17
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
  tail call void @ember_list_reserve(%struct.EmList* noundef nonnull %0, i64 noundef %2, i64 noundef %46) #32
  %47 = load i64, i64* %6, align 8, !tbaa !14
  br label %48

48:                                               ; preds = %37, %41
  %49 = phi i64 [ %7, %37 ], [ %47, %41 ]
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %61, label %51

51:                                               ; preds = %48
  %52 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %53 = load i8*, i8** %52, align 8, !tbaa !17
  %54 = load i64, i64* %15, align 8, !tbaa !14
  %55 = mul nsw i64 %54, %2
  %56 = getelementptr inbounds i8, i8* %53, i64 %55
  %57 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %58 = load i8*, i8** %57, align 8, !tbaa !17
  %59 = mul nsw i64 %49, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %56, i8* align 1 %58, i64 %59, i1 false)
  %60 = load i64, i64* %6, align 8, !tbaa !14
  br label %61

61:                                               ; preds = %51, %48
  %62 = phi i64 [ %60, %51 ], [ 0, %48 ]
  %63 = load i64, i64* %15, align 8, !tbaa !14
  %64 = add nsw i64 %63, %62
  store i64 %64, i64* %15, align 8, !tbaa !14
  %65 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 2
  %66 = load i8*, i8** %65, align 8, !tbaa !17
  tail call void @free(i8* noundef %66) #32
  br label %67

67:                                               ; preds = %61, %29
  %68 = bitcast %struct.EmList* %1 to i8*
  tail call void @free(i8* noundef %68) #32
  br label %69

69:                                               ; preds = %3, %67
  ret void
}

; Function Attrs: nounwind
define void @ember_list_clear(%struct.EmList* nocapture noundef %0, i64 noundef %1, void (i8*)* noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %5 = load i64, i64* %4, align 8, !tbaa !14
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %25, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %9 = load i64, i64* %8, align 8, !tbaa !16
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.75, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
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
  %20 = load i8*, i8** %17, align 8, !tbaa !17
  %21 = mul nsw i64 %19, %1
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  tail call void %2(i8* noundef %22) #32
  %23 = add nuw nsw i64 %19, 1
  %24 = icmp eq i64 %23, %5
  br i1 %24, label %25, label %18, !llvm.loop !169

25:                                               ; preds = %18, %3, %12
  store i64 0, i64* %4, align 8, !tbaa !14
  ret void
}

; Function Attrs: nounwind
define i64 @ember_list_find(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i8* noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !14
  %8 = icmp sgt i64 %7, 0
  br i1 %8, label %9, label %20

9:                                                ; preds = %4, %16
  %10 = phi i64 [ %17, %16 ], [ 0, %4 ]
  %11 = load i8*, i8** %5, align 8, !tbaa !17
  %12 = mul nsw i64 %10, %1
  %13 = getelementptr inbounds i8, i8* %11, i64 %12
  %14 = tail call i32 %3(i8* noundef %13, i8* noundef %2) #32
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %20

16:                                               ; preds = %9
  %17 = add nuw nsw i64 %10, 1
  %18 = load i64, i64* %6, align 8, !tbaa !14
  %19 = icmp slt i64 %17, %18
  br i1 %19, label %9, label %20, !llvm.loop !173

20:                                               ; preds = %16, %9, %4
  %21 = phi i64 [ -1, %4 ], [ %10, %9 ], [ -1, %16 ]
  ret i64 %21
}

; Function Attrs: nounwind
define i64 @ember_list_count(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i8* noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !14
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
  %15 = load i8*, i8** %9, align 8, !tbaa !17
  %16 = mul nsw i64 %13, %1
  %17 = getelementptr inbounds i8, i8* %15, i64 %16
  %18 = tail call i32 %3(i8* noundef %17, i8* noundef %2) #32
  %19 = icmp ne i32 %18, 0
  %20 = zext i1 %19 to i64
  %21 = add nuw nsw i64 %14, %20
  %22 = add nuw nsw i64 %13, 1
  %23 = load i64, i64* %5, align 8, !tbaa !14
  %24 = icmp slt i64 %22, %23
  br i1 %24, label %12, label %10, !llvm.loop !174
}

; Function Attrs: nounwind
define void @ember_list_remove(%struct.EmList* nocapture noundef %0, i64 noundef %1, i8* noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3, void (i8*)* noundef readonly %4, i8* noundef %5, i32 noundef %6, i32 noundef %7) local_unnamed_addr #0 {
  %9 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %10 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %11 = load i64, i64* %10, align 8, !tbaa !14
  %12 = icmp sgt i64 %11, 0
  br i1 %12, label %13, label %24

13:                                               ; preds = %8, %20
  %14 = phi i64 [ %21, %20 ], [ 0, %8 ]
  %15 = load i8*, i8** %9, align 8, !tbaa !17
  %16 = mul nsw i64 %14, %1
  %17 = getelementptr inbounds i8, i8* %15, i64 %16
  %18 = tail call i32 %3(i8* noundef %17, i8* noundef %2) #32
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = add nuw nsw i64 %14, 1
  %22 = load i64, i64* %10, align 8, !tbaa !14
  %23 = icmp slt i64 %21, %22
  br i1 %23, label %13, label %24, !llvm.loop !173

24:                                               ; preds = %20, %8
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([30 x i8], [30 x i8]* @.str.50, i64 0, i64 0), i8* noundef %5, i32 noundef %6, i32 noundef %7) #35
  unreachable

25:                                               ; preds = %13
  %26 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 1
  %27 = load i64, i64* %26, align 8, !tbaa !16
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %25
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([67 x i8], [67 x i8]* @.str.75, i64 0, i64 0), i8* noundef %5, i32 noundef %6, i32 noundef %7) #34
  unreachable

30:                                               ; preds = %25
  %31 = icmp eq void (i8*)* %4, null
  br i1 %31, label %35, label %32

32:                                               ; preds = %30
  %33 = load i8*, i8** %9, align 8, !tbaa !17
  %34 = getelementptr inbounds i8, i8* %33, i64 %16
  tail call void %4(i8* noundef %34) #32
  br label %35

35:                                               ; preds = %32, %30
  %36 = load i8*, i8** %9, align 8, !tbaa !17
  %37 = getelementptr inbounds i8, i8* %36, i64 %16
  %38 = getelementptr inbounds i8, i8* %37, i64 %1
  %39 = load i64, i64* %10, align 8, !tbaa !14
  %40 = xor i64 %14, -1
  %41 = add i64 %39, %40
  %42 = mul nsw i64 %41, %1
  tail call void @llvm.memmove.p0i8.p0i8.i64(i8* align 1 %37, i8* align 1 %38, i64 %42, i1 false)
  %43 = load i64, i64* %10, align 8, !tbaa !14
  %44 = add nsw i64 %43, -1
  store i64 %44, i64* %10, align 8, !tbaa !14
  ret void
}

; Function Attrs: nounwind
define i32 @ember_list_eq(%struct.EmList* nocapture noundef readonly %0, %struct.EmList* nocapture noundef readonly %1, i64 noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) local_unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %6 = load i64, i64* %5, align 8, !tbaa !14
  %7 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %8 = load i64, i64* %7, align 8, !tbaa !14
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
  %16 = load i64, i64* %5, align 8, !tbaa !14
  %17 = icmp slt i64 %27, %16
  br i1 %17, label %18, label %28, !llvm.loop !175

18:                                               ; preds = %13, %15
  %19 = phi i64 [ 0, %13 ], [ %27, %15 ]
  %20 = load i8*, i8** %11, align 8, !tbaa !17
  %21 = mul nsw i64 %19, %2
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  %23 = load i8*, i8** %14, align 8, !tbaa !17
  %24 = getelementptr inbounds i8, i8* %23, i64 %21
  %25 = tail call i32 %3(i8* noundef %22, i8* noundef %24) #32
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
  %7 = load i64, i64* %6, align 8, !tbaa !14
  %8 = getelementptr inbounds %struct.EmList, %struct.EmList* %1, i64 0, i32 0
  %9 = load i64, i64* %8, align 8, !tbaa !14
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
  br i1 %17, label %31, label %18, !llvm.loop !176

18:                                               ; preds = %13, %16
  %19 = phi i64 [ 0, %13 ], [ %27, %16 ]
  %20 = load i8*, i8** %14, align 8, !tbaa !17
  %21 = mul nsw i64 %19, %2
  %22 = getelementptr inbounds i8, i8* %20, i64 %21
  %23 = load i8*, i8** %15, align 8, !tbaa !17
  %24 = getelementptr inbounds i8, i8* %23, i64 %21
  %25 = tail call i32 %3(i8* noundef %22, i8* noundef %24) #32
  %26 = icmp eq i32 %25, 0
  %27 = add nuw nsw i64 %19, 1
  br i1 %26, label %28, label %16

28:                                               ; preds = %18
  %29 = tail call i32 %4(i8* noundef %22, i8* noundef %24) #32
  %30 = icmp ne i32 %29, 0
  br label %38

31:                                               ; preds = %16
  %32 = load i64, i64* %6, align 8, !tbaa !14
  %33 = load i64, i64* %8, align 8, !tbaa !14
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
define void @ember_list_reverse(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #22 {
  %3 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %4 = load i64, i64* %3, align 8, !tbaa !14
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
  %36 = load i8*, i8** %8, align 8, !tbaa !17
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
  %55 = load <16 x i8>, <16 x i8>* %54, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %56 = getelementptr inbounds i8, i8* %53, i64 16
  %57 = bitcast i8* %56 to <16 x i8>*
  %58 = load <16 x i8>, <16 x i8>* %57, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %59 = getelementptr inbounds i8, i8* %40, i64 %51
  %60 = bitcast i8* %59 to <16 x i8>*
  %61 = load <16 x i8>, <16 x i8>* %60, align 1, !tbaa !13, !alias.scope !180
  %62 = getelementptr inbounds i8, i8* %59, i64 16
  %63 = bitcast i8* %62 to <16 x i8>*
  %64 = load <16 x i8>, <16 x i8>* %63, align 1, !tbaa !13, !alias.scope !180
  %65 = bitcast i8* %53 to <16 x i8>*
  store <16 x i8> %61, <16 x i8>* %65, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %66 = bitcast i8* %56 to <16 x i8>*
  store <16 x i8> %64, <16 x i8>* %66, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %67 = bitcast i8* %59 to <16 x i8>*
  store <16 x i8> %55, <16 x i8>* %67, align 1, !tbaa !13, !alias.scope !180
  %68 = bitcast i8* %62 to <16 x i8>*
  store <16 x i8> %58, <16 x i8>* %68, align 1, !tbaa !13, !alias.scope !180
  %69 = or i64 %51, 32
  %70 = getelementptr inbounds i8, i8* %38, i64 %69
  %71 = bitcast i8* %70 to <16 x i8>*
  %72 = load <16 x i8>, <16 x i8>* %71, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %73 = getelementptr inbounds i8, i8* %70, i64 16
  %74 = bitcast i8* %73 to <16 x i8>*
  %75 = load <16 x i8>, <16 x i8>* %74, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %76 = getelementptr inbounds i8, i8* %40, i64 %69
  %77 = bitcast i8* %76 to <16 x i8>*
  %78 = load <16 x i8>, <16 x i8>* %77, align 1, !tbaa !13, !alias.scope !180
  %79 = getelementptr inbounds i8, i8* %76, i64 16
  %80 = bitcast i8* %79 to <16 x i8>*
  %81 = load <16 x i8>, <16 x i8>* %80, align 1, !tbaa !13, !alias.scope !180
  %82 = bitcast i8* %70 to <16 x i8>*
  store <16 x i8> %78, <16 x i8>* %82, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %83 = bitcast i8* %73 to <16 x i8>*
  store <16 x i8> %81, <16 x i8>* %83, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %84 = bitcast i8* %76 to <16 x i8>*
  store <16 x i8> %72, <16 x i8>* %84, align 1, !tbaa !13, !alias.scope !180
  %85 = bitcast i8* %79 to <16 x i8>*
  store <16 x i8> %75, <16 x i8>* %85, align 1, !tbaa !13, !alias.scope !180
  %86 = add nuw i64 %51, 64
  %87 = add i64 %52, 2
  %88 = icmp eq i64 %87, %18
  br i1 %88, label %89, label %50, !llvm.loop !182

89:                                               ; preds = %50, %49
  %90 = phi i64 [ 0, %49 ], [ %86, %50 ]
  br i1 %19, label %108, label %91

91:                                               ; preds = %89
  %92 = getelementptr inbounds i8, i8* %38, i64 %90
  %93 = bitcast i8* %92 to <16 x i8>*
  %94 = load <16 x i8>, <16 x i8>* %93, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %95 = getelementptr inbounds i8, i8* %92, i64 16
  %96 = bitcast i8* %95 to <16 x i8>*
  %97 = load <16 x i8>, <16 x i8>* %96, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %98 = getelementptr inbounds i8, i8* %40, i64 %90
  %99 = bitcast i8* %98 to <16 x i8>*
  %100 = load <16 x i8>, <16 x i8>* %99, align 1, !tbaa !13, !alias.scope !180
  %101 = getelementptr inbounds i8, i8* %98, i64 16
  %102 = bitcast i8* %101 to <16 x i8>*
  %103 = load <16 x i8>, <16 x i8>* %102, align 1, !tbaa !13, !alias.scope !180
  %104 = bitcast i8* %92 to <16 x i8>*
  store <16 x i8> %100, <16 x i8>* %104, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %105 = bitcast i8* %95 to <16 x i8>*
  store <16 x i8> %103, <16 x i8>* %105, align 1, !tbaa !13, !alias.scope !177, !noalias !180
  %106 = bitcast i8* %98 to <16 x i8>*
  store <16 x i8> %94, <16 x i8>* %106, align 1, !tbaa !13, !alias.scope !180
  %107 = bitcast i8* %101 to <16 x i8>*
  store <16 x i8> %97, <16 x i8>* %107, align 1, !tbaa !13, !alias.scope !180
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
  %116 = load <8 x i8>, <8 x i8>* %115, align 1, !tbaa !13
  %117 = getelementptr inbounds i8, i8* %40, i64 %113
  %118 = bitcast i8* %117 to <8 x i8>*
  %119 = load <8 x i8>, <8 x i8>* %118, align 1, !tbaa !13
  %120 = bitcast i8* %114 to <8 x i8>*
  store <8 x i8> %119, <8 x i8>* %120, align 1, !tbaa !13
  %121 = bitcast i8* %117 to <8 x i8>*
  store <8 x i8> %116, <8 x i8>* %121, align 1, !tbaa !13
  %122 = add nuw i64 %113, 8
  %123 = icmp eq i64 %122, %23
  br i1 %123, label %124, label %112, !llvm.loop !183

124:                                              ; preds = %112
  br i1 %24, label %137, label %125

125:                                              ; preds = %42, %41, %109, %124
  %126 = phi i64 [ 0, %41 ], [ 0, %42 ], [ %15, %109 ], [ %23, %124 ]
  %127 = xor i64 %126, -1
  br i1 %26, label %134, label %128

128:                                              ; preds = %125
  %129 = getelementptr inbounds i8, i8* %38, i64 %126
  %130 = load i8, i8* %129, align 1, !tbaa !13
  %131 = getelementptr inbounds i8, i8* %40, i64 %126
  %132 = load i8, i8* %131, align 1, !tbaa !13
  store i8 %132, i8* %129, align 1, !tbaa !13
  store i8 %130, i8* %131, align 1, !tbaa !13
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
  br i1 %140, label %29, label %28, !llvm.loop !184

141:                                              ; preds = %134, %141
  %142 = phi i64 [ %152, %141 ], [ %135, %134 ]
  %143 = getelementptr inbounds i8, i8* %38, i64 %142
  %144 = load i8, i8* %143, align 1, !tbaa !13
  %145 = getelementptr inbounds i8, i8* %40, i64 %142
  %146 = load i8, i8* %145, align 1, !tbaa !13
  store i8 %146, i8* %143, align 1, !tbaa !13
  store i8 %144, i8* %145, align 1, !tbaa !13
  %147 = add nuw nsw i64 %142, 1
  %148 = getelementptr inbounds i8, i8* %38, i64 %147
  %149 = load i8, i8* %148, align 1, !tbaa !13
  %150 = getelementptr inbounds i8, i8* %40, i64 %147
  %151 = load i8, i8* %150, align 1, !tbaa !13
  store i8 %151, i8* %148, align 1, !tbaa !13
  store i8 %149, i8* %150, align 1, !tbaa !13
  %152 = add nuw nsw i64 %142, 2
  %153 = icmp eq i64 %152, %1
  br i1 %153, label %137, label %141, !llvm.loop !185
}

; Function Attrs: nounwind
define void @ember_list_sort(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, i32 (i8*, i8*)* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %5 = load i8*, i8** %4, align 8, !tbaa !17
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !14
  tail call fastcc void @sort_bytes(i8* noundef %5, i64 noundef %7, i64 noundef %1, i32 (i8*, i8*)* noundef %2)
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @sort_bytes(i8* noundef %0, i64 noundef %1, i64 noundef %2, i32 (i8*, i8*)* nocapture noundef readonly %3) unnamed_addr #0 {
  %5 = icmp slt i64 %1, 2
  br i1 %5, label %135, label %6

6:                                                ; preds = %4
  %7 = or i64 %2, %1
  %8 = icmp sgt i64 %7, -1
  br i1 %8, label %9, label %12

9:                                                ; preds = %6
  %10 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1, i64 %2) #32
  %11 = extractvalue { i64, i1 } %10, 1
  br i1 %11, label %12, label %13

12:                                               ; preds = %9, %6
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

13:                                               ; preds = %9
  %14 = extractvalue { i64, i1 } %10, 0
  %15 = icmp sgt i64 %14, -1
  br i1 %15, label %16, label %21

16:                                               ; preds = %13
  %17 = icmp eq i64 %14, 0
  %18 = select i1 %17, i64 1, i64 %14
  %19 = tail call noalias i8* @malloc(i64 noundef %18) #32
  %20 = icmp eq i8* %19, null
  br i1 %20, label %21, label %25

21:                                               ; preds = %16, %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

22:                                               ; preds = %57, %25
  br i1 %28, label %25, label %23, !llvm.loop !186

23:                                               ; preds = %22
  %24 = icmp sgt i64 %1, 16
  br i1 %24, label %60, label %134

25:                                               ; preds = %16, %22
  %26 = phi i64 [ %27, %22 ], [ 0, %16 ]
  %27 = add nuw nsw i64 %26, 16
  %28 = icmp slt i64 %27, %1
  %29 = select i1 %28, i64 %27, i64 %1
  %30 = or i64 %26, 1
  %31 = icmp slt i64 %30, %29
  br i1 %31, label %32, label %22

32:                                               ; preds = %25, %57
  %33 = phi i64 [ %58, %57 ], [ %30, %25 ]
  %34 = mul nsw i64 %33, %2
  %35 = getelementptr inbounds i8, i8* %0, i64 %34
  %36 = add nsw i64 %33, -1
  %37 = mul nsw i64 %36, %2
  %38 = getelementptr inbounds i8, i8* %0, i64 %37
  %39 = tail call i32 %3(i8* noundef %35, i8* noundef %38) #32
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %57, label %41

41:                                               ; preds = %32
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %19, i8* align 1 %35, i64 %2, i1 false)
  %42 = icmp ugt i64 %33, %26
  br i1 %42, label %43, label %54

43:                                               ; preds = %41, %51
  %44 = phi i64 [ %45, %51 ], [ %33, %41 ]
  %45 = add nsw i64 %44, -1
  %46 = mul nsw i64 %45, %2
  %47 = getelementptr inbounds i8, i8* %0, i64 %46
  %48 = tail call i32 %3(i8* noundef nonnull %19, i8* noundef %47) #32
  %49 = icmp eq i32 %48, 0
  %50 = mul nsw i64 %44, %2
  br i1 %49, label %54, label %51

51:                                               ; preds = %43
  %52 = getelementptr inbounds i8, i8* %0, i64 %50
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %52, i8* align 1 %47, i64 %2, i1 false)
  %53 = icmp sgt i64 %45, %26
  br i1 %53, label %43, label %54, !llvm.loop !187

54:                                               ; preds = %51, %43, %41
  %55 = phi i64 [ %34, %41 ], [ %46, %51 ], [ %50, %43 ]
  %56 = getelementptr inbounds i8, i8* %0, i64 %55
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %56, i8* nonnull align 1 %19, i64 %2, i1 false)
  br label %57

57:                                               ; preds = %32, %54
  %58 = add nuw nsw i64 %33, 1
  %59 = icmp slt i64 %58, %29
  br i1 %59, label %32, label %22, !llvm.loop !188

60:                                               ; preds = %23, %67
  %61 = phi i64 [ %64, %67 ], [ 16, %23 ]
  %62 = phi i8* [ %63, %67 ], [ %19, %23 ]
  %63 = phi i8* [ %62, %67 ], [ %0, %23 ]
  %64 = shl nsw i64 %61, 1
  br label %69

65:                                               ; preds = %67
  %66 = icmp eq i8* %62, %0
  br i1 %66, label %134, label %133

67:                                               ; preds = %125
  %68 = icmp slt i64 %64, %1
  br i1 %68, label %60, label %65, !llvm.loop !189

69:                                               ; preds = %60, %125
  %70 = phi i64 [ 0, %60 ], [ %74, %125 ]
  %71 = add nsw i64 %70, %61
  %72 = icmp slt i64 %71, %1
  %73 = select i1 %72, i64 %71, i64 %1
  %74 = add nsw i64 %70, %64
  %75 = icmp slt i64 %74, %1
  %76 = select i1 %75, i64 %74, i64 %1
  %77 = icmp slt i64 %73, %76
  br i1 %77, label %78, label %112

78:                                               ; preds = %69
  %79 = mul nsw i64 %73, %2
  %80 = getelementptr inbounds i8, i8* %63, i64 %79
  %81 = add nsw i64 %73, -1
  %82 = mul nsw i64 %81, %2
  %83 = getelementptr inbounds i8, i8* %63, i64 %82
  %84 = tail call i32 %3(i8* noundef %80, i8* noundef %83) #32
  %85 = icmp eq i32 %84, 0
  br i1 %85, label %86, label %88

86:                                               ; preds = %78
  %87 = mul nsw i64 %70, %2
  br label %125

88:                                               ; preds = %78
  %89 = icmp slt i64 %70, %73
  br i1 %89, label %90, label %112

90:                                               ; preds = %88, %90
  %91 = phi i64 [ %108, %90 ], [ %70, %88 ]
  %92 = phi i64 [ %107, %90 ], [ %73, %88 ]
  %93 = phi i64 [ %104, %90 ], [ %70, %88 ]
  %94 = mul nsw i64 %92, %2
  %95 = getelementptr inbounds i8, i8* %63, i64 %94
  %96 = mul nsw i64 %93, %2
  %97 = getelementptr inbounds i8, i8* %63, i64 %96
  %98 = tail call i32 %3(i8* noundef %95, i8* noundef %97) #32
  %99 = icmp eq i32 %98, 0
  %100 = mul nsw i64 %91, %2
  %101 = getelementptr inbounds i8, i8* %62, i64 %100
  %102 = select i1 %99, i8* %97, i8* %95
  %103 = zext i1 %99 to i64
  %104 = add nsw i64 %93, %103
  %105 = xor i1 %99, true
  %106 = zext i1 %105 to i64
  %107 = add nsw i64 %92, %106
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %101, i8* align 1 %102, i64 %2, i1 false) #32
  %108 = add nsw i64 %91, 1
  %109 = icmp slt i64 %104, %73
  %110 = icmp slt i64 %107, %76
  %111 = select i1 %109, i1 %110, i1 false
  br i1 %111, label %90, label %112, !llvm.loop !190

112:                                              ; preds = %90, %88, %69
  %113 = phi i64 [ %70, %88 ], [ %70, %69 ], [ %104, %90 ]
  %114 = phi i64 [ %73, %88 ], [ %73, %69 ], [ %107, %90 ]
  %115 = phi i64 [ %70, %88 ], [ %70, %69 ], [ %108, %90 ]
  %116 = mul nsw i64 %115, %2
  %117 = getelementptr inbounds i8, i8* %62, i64 %116
  %118 = mul nsw i64 %113, %2
  %119 = getelementptr inbounds i8, i8* %63, i64 %118
  %120 = sub nsw i64 %73, %113
  %121 = mul nsw i64 %120, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %117, i8* align 1 %119, i64 %121, i1 false) #32
  %122 = add nsw i64 %115, %120
  %123 = mul nsw i64 %122, %2
  %124 = mul nsw i64 %114, %2
  br label %125

125:                                              ; preds = %86, %112
  %126 = phi i64 [ %124, %112 ], [ %87, %86 ]
  %127 = phi i64 [ %114, %112 ], [ %70, %86 ]
  %128 = phi i64 [ %123, %112 ], [ %87, %86 ]
  %129 = getelementptr inbounds i8, i8* %62, i64 %128
  %130 = getelementptr inbounds i8, i8* %63, i64 %126
  %131 = sub nsw i64 %76, %127
  %132 = mul nsw i64 %131, %2
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %129, i8* align 1 %130, i64 %132, i1 false) #32
  br i1 %75, label %69, label %67, !llvm.loop !191

133:                                              ; preds = %65
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %0, i8* align 1 %62, i64 %14, i1 false)
  br label %134

134:                                              ; preds = %23, %133, %65
  tail call void @free(i8* noundef %19) #32
  br label %135

135:                                              ; preds = %4, %134
  ret void
}

; Function Attrs: nounwind
define void @ember_list_sort_keyed(%struct.EmList* nocapture noundef readonly %0, i64 noundef %1, %struct.EmList* nocapture noundef readonly %2, i64 noundef %3, i32 (i8*, i8*)* nocapture noundef readonly %4) local_unnamed_addr #0 {
  %6 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 0
  %7 = load i64, i64* %6, align 8, !tbaa !14
  %8 = add nsw i64 %3, 8
  %9 = icmp slt i64 %7, 2
  br i1 %9, label %127, label %10

10:                                               ; preds = %5
  %11 = getelementptr inbounds %struct.EmList, %struct.EmList* %2, i64 0, i32 0
  %12 = load i64, i64* %11, align 8, !tbaa !14
  %13 = icmp eq i64 %12, %7
  br i1 %13, label %14, label %127

14:                                               ; preds = %10
  %15 = or i64 %7, %8
  %16 = icmp sgt i64 %15, -1
  br i1 %16, label %17, label %20

17:                                               ; preds = %14
  %18 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %7, i64 %8) #32
  %19 = extractvalue { i64, i1 } %18, 1
  br i1 %19, label %20, label %21

20:                                               ; preds = %17, %14
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

21:                                               ; preds = %17
  %22 = extractvalue { i64, i1 } %18, 0
  %23 = icmp sgt i64 %22, -1
  br i1 %23, label %24, label %29

24:                                               ; preds = %21
  %25 = icmp eq i64 %22, 0
  %26 = select i1 %25, i64 1, i64 %22
  %27 = tail call noalias i8* @malloc(i64 noundef %26) #32
  %28 = icmp eq i8* %27, null
  br i1 %28, label %29, label %30

29:                                               ; preds = %24, %21
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

30:                                               ; preds = %24
  %31 = or i64 %7, %1
  %32 = icmp sgt i64 %31, -1
  br i1 %32, label %33, label %36

33:                                               ; preds = %30
  %34 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %7, i64 %1) #32
  %35 = extractvalue { i64, i1 } %34, 1
  br i1 %35, label %36, label %37

36:                                               ; preds = %33, %30
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

37:                                               ; preds = %33
  %38 = extractvalue { i64, i1 } %34, 0
  %39 = icmp sgt i64 %38, -1
  br i1 %39, label %40, label %53

40:                                               ; preds = %37
  %41 = icmp eq i64 %38, 0
  %42 = select i1 %41, i64 1, i64 %38
  %43 = tail call noalias i8* @malloc(i64 noundef %42) #32
  %44 = icmp eq i8* %43, null
  br i1 %44, label %53, label %45

45:                                               ; preds = %40
  %46 = getelementptr inbounds %struct.EmList, %struct.EmList* %2, i64 0, i32 2
  %47 = load i8*, i8** %46, align 8, !tbaa !17
  %48 = add i64 %7, -1
  %49 = and i64 %7, 1
  %50 = icmp eq i64 %48, 0
  br i1 %50, label %54, label %51

51:                                               ; preds = %45
  %52 = and i64 %7, -2
  br label %72

53:                                               ; preds = %40, %37
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

54:                                               ; preds = %72, %45
  %55 = phi i64 [ 0, %45 ], [ %88, %72 ]
  %56 = icmp eq i64 %49, 0
  br i1 %56, label %64, label %57

57:                                               ; preds = %54
  %58 = mul nsw i64 %55, %8
  %59 = getelementptr inbounds i8, i8* %27, i64 %58
  %60 = mul nsw i64 %55, %3
  %61 = getelementptr inbounds i8, i8* %47, i64 %60
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %59, i8* align 1 %61, i64 %3, i1 false)
  %62 = getelementptr inbounds i8, i8* %59, i64 %3
  %63 = bitcast i8* %62 to i64*
  store i64 %55, i64* %63, align 1
  br label %64

64:                                               ; preds = %54, %57
  tail call fastcc void @sort_bytes(i8* noundef nonnull %27, i64 noundef %7, i64 noundef %8, i32 (i8*, i8*)* noundef %4)
  %65 = getelementptr inbounds %struct.EmList, %struct.EmList* %0, i64 0, i32 2
  %66 = load i8*, i8** %65, align 8, !tbaa !17
  %67 = getelementptr inbounds i8, i8* %27, i64 %3
  %68 = and i64 %7, 1
  %69 = icmp eq i64 %48, 0
  br i1 %69, label %91, label %70

70:                                               ; preds = %64
  %71 = and i64 %7, -2
  br label %104

72:                                               ; preds = %72, %51
  %73 = phi i64 [ 0, %51 ], [ %88, %72 ]
  %74 = phi i64 [ 0, %51 ], [ %89, %72 ]
  %75 = mul nsw i64 %73, %8
  %76 = getelementptr inbounds i8, i8* %27, i64 %75
  %77 = mul nsw i64 %73, %3
  %78 = getelementptr inbounds i8, i8* %47, i64 %77
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %76, i8* align 1 %78, i64 %3, i1 false)
  %79 = getelementptr inbounds i8, i8* %76, i64 %3
  %80 = bitcast i8* %79 to i64*
  store i64 %73, i64* %80, align 1
  %81 = or i64 %73, 1
  %82 = mul nsw i64 %81, %8
  %83 = getelementptr inbounds i8, i8* %27, i64 %82
  %84 = mul nsw i64 %81, %3
  %85 = getelementptr inbounds i8, i8* %47, i64 %84
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %83, i8* align 1 %85, i64 %3, i1 false)
  %86 = getelementptr inbounds i8, i8* %83, i64 %3
  %87 = bitcast i8* %86 to i64*
  store i64 %81, i64* %87, align 1
  %88 = add nuw nsw i64 %73, 2
  %89 = add nuw nsw i64 %74, 2
  %90 = icmp eq i64 %89, %52
  br i1 %90, label %54, label %72, !llvm.loop !192

91:                                               ; preds = %104, %64
  %92 = phi i64 [ 0, %64 ], [ %124, %104 ]
  %93 = icmp eq i64 %68, 0
  br i1 %93, label %103, label %94

94:                                               ; preds = %91
  %95 = mul nsw i64 %92, %8
  %96 = getelementptr inbounds i8, i8* %67, i64 %95
  %97 = bitcast i8* %96 to i64*
  %98 = load i64, i64* %97, align 1
  %99 = mul nsw i64 %92, %1
  %100 = getelementptr inbounds i8, i8* %43, i64 %99
  %101 = mul nsw i64 %98, %1
  %102 = getelementptr inbounds i8, i8* %66, i64 %101
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %100, i8* align 1 %102, i64 %1, i1 false)
  br label %103

103:                                              ; preds = %91, %94
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %66, i8* nonnull align 1 %43, i64 %38, i1 false)
  tail call void @free(i8* noundef %43) #32
  tail call void @free(i8* noundef nonnull %27) #32
  br label %127

104:                                              ; preds = %104, %70
  %105 = phi i64 [ 0, %70 ], [ %124, %104 ]
  %106 = phi i64 [ 0, %70 ], [ %125, %104 ]
  %107 = mul nsw i64 %105, %8
  %108 = getelementptr inbounds i8, i8* %67, i64 %107
  %109 = bitcast i8* %108 to i64*
  %110 = load i64, i64* %109, align 1
  %111 = mul nsw i64 %105, %1
  %112 = getelementptr inbounds i8, i8* %43, i64 %111
  %113 = mul nsw i64 %110, %1
  %114 = getelementptr inbounds i8, i8* %66, i64 %113
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %112, i8* align 1 %114, i64 %1, i1 false)
  %115 = or i64 %105, 1
  %116 = mul nsw i64 %115, %8
  %117 = getelementptr inbounds i8, i8* %67, i64 %116
  %118 = bitcast i8* %117 to i64*
  %119 = load i64, i64* %118, align 1
  %120 = mul nsw i64 %115, %1
  %121 = getelementptr inbounds i8, i8* %43, i64 %120
  %122 = mul nsw i64 %119, %1
  %123 = getelementptr inbounds i8, i8* %66, i64 %122
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %121, i8* align 1 %123, i64 %1, i1 false)
  %124 = add nuw nsw i64 %105, 2
  %125 = add i64 %106, 2
  %126 = icmp eq i64 %125, %71
  br i1 %126, label %91, label %104, !llvm.loop !193

127:                                              ; preds = %5, %10, %103
  ret void
}

; Function Attrs: nounwind
define i64 @ember_ipow(i64 noundef %0, i64 noundef %1, i8* noundef %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp slt i64 %1, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %5
  tail call void @ember_fault(i32 noundef 4, i8* noundef getelementptr inbounds ([39 x i8], [39 x i8]* @.str.51, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #35
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
  tail call void @ember_fault(i32 noundef 2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.52, i64 0, i64 0), i8* noundef %2, i32 noundef %3, i32 noundef %4) #35
  unreachable
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #5

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
define double @ember_fmod_py(double noundef %0, double noundef %1) local_unnamed_addr #23 {
  %3 = tail call double @fmod(double noundef %0, double noundef %1) #32
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
declare double @fmod(double noundef, double noundef) local_unnamed_addr #24

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.copysign.f64(double, double) #5

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
define double @ember_floordiv_f64(double noundef %0, double noundef %1) local_unnamed_addr #23 {
  %3 = tail call double @fmod(double noundef %0, double noundef %1) #32
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
  %3 = tail call double @llvm.fabs.f64(double %0) #37
  %4 = fcmp ueq double %3, 0x7FF0000000000000
  %5 = fcmp oeq double %0, 0.000000e+00
  %6 = or i1 %5, %4
  %7 = icmp sgt i64 %1, 323
  %8 = or i1 %7, %6
  br i1 %8, label %176, label %9

9:                                                ; preds = %2
  %10 = icmp slt i64 %1, -308
  br i1 %10, label %11, label %13

11:                                               ; preds = %9
  %12 = fmul double %0, 0.000000e+00
  br label %176

13:                                               ; preds = %9
  %14 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %15 = icmp eq i8* %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %13
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

17:                                               ; preds = %13
  %18 = getelementptr inbounds i8, i8* %14, i64 8
  %19 = bitcast i8* %18 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %19, align 8, !tbaa !11
  %20 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %21 = icmp eq i8* %20, null
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

23:                                               ; preds = %17
  %24 = bitcast i8* %14 to %struct.EmBuf*
  %25 = bitcast i8* %14 to i8**
  store i8* %20, i8** %25, align 8, !tbaa !43
  %26 = icmp sgt i64 %1, -1
  br i1 %26, label %27, label %33

27:                                               ; preds = %23
  %28 = trunc i64 %1 to i32
  tail call fastcc void @buf_fixed(%struct.EmBuf* noundef nonnull %24, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.23, i64 0, i64 0), i32 noundef %28, double noundef %0)
  %29 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %30 = load i8*, i8** %29, align 8, !tbaa !43
  %31 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 1
  %32 = load i64, i64* %31, align 8, !tbaa !45
  br label %167

33:                                               ; preds = %23
  %34 = tail call double @llvm.trunc.f64(double %0)
  %35 = fsub double %0, %34
  %36 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #32
  %37 = icmp eq i8* %36, null
  br i1 %37, label %38, label %39

38:                                               ; preds = %33
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

39:                                               ; preds = %33
  %40 = getelementptr inbounds i8, i8* %36, i64 8
  %41 = bitcast i8* %40 to <2 x i64>*
  store <2 x i64> <i64 0, i64 48>, <2 x i64>* %41, align 8, !tbaa !11
  %42 = tail call noalias dereferenceable_or_null(65) i8* @malloc(i64 noundef 65) #32
  %43 = icmp eq i8* %42, null
  br i1 %43, label %44, label %45

44:                                               ; preds = %39
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

45:                                               ; preds = %39
  %46 = bitcast i8* %36 to %struct.EmBuf*
  %47 = bitcast i8* %36 to i8**
  store i8* %42, i8** %47, align 8, !tbaa !43
  %48 = tail call double @llvm.fabs.f64(double %34)
  tail call fastcc void @buf_fixed(%struct.EmBuf* noundef nonnull %46, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.23, i64 0, i64 0), i32 noundef 0, double noundef %48)
  %49 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %46, i64 0, i32 0
  %50 = load i8*, i8** %49, align 8, !tbaa !43
  %51 = getelementptr inbounds i8, i8* %50, i64 16
  %52 = sub nsw i64 0, %1
  %53 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %46, i64 0, i32 1
  %54 = load i64, i64* %53, align 8, !tbaa !45
  %55 = add nsw i64 %54, %1
  %56 = icmp sgt i64 %55, -1
  br i1 %56, label %57, label %98

57:                                               ; preds = %45
  %58 = getelementptr inbounds i8, i8* %51, i64 %55
  %59 = load i8, i8* %58, align 1, !tbaa !13
  %60 = icmp sgt i8 %59, 53
  %61 = icmp ne i8 %59, 53
  %62 = sext i1 %61 to i32
  %63 = select i1 %60, i32 1, i32 %62
  %64 = icmp eq i32 %63, 0
  %65 = icmp ne i64 %1, -1
  %66 = and i1 %64, %65
  br i1 %66, label %76, label %69

67:                                               ; preds = %76
  %68 = zext i1 %80 to i32
  br label %69

69:                                               ; preds = %67, %57
  %70 = phi i32 [ %63, %57 ], [ %68, %67 ]
  %71 = phi i1 [ %64, %57 ], [ %82, %67 ]
  %72 = fcmp une double %35, 0.000000e+00
  %73 = select i1 %71, i1 %72, i1 false
  %74 = select i1 %73, i32 1, i32 %70
  %75 = icmp sgt i32 %74, 0
  br i1 %75, label %98, label %85

76:                                               ; preds = %57, %76
  %77 = phi i64 [ %81, %76 ], [ 1, %57 ]
  %78 = getelementptr inbounds i8, i8* %58, i64 %77
  %79 = load i8, i8* %78, align 1, !tbaa !13
  %80 = icmp ne i8 %79, 48
  %81 = add nuw nsw i64 %77, 1
  %82 = xor i1 %80, true
  %83 = icmp slt i64 %81, %52
  %84 = select i1 %82, i1 %83, i1 false
  br i1 %84, label %76, label %67, !llvm.loop !194

85:                                               ; preds = %69
  %86 = icmp eq i32 %74, 0
  %87 = icmp sgt i64 %55, 0
  %88 = select i1 %86, i1 %87, i1 false
  br i1 %88, label %89, label %98

89:                                               ; preds = %85
  %90 = add nsw i64 %55, -1
  %91 = getelementptr inbounds i8, i8* %51, i64 %90
  %92 = load i8, i8* %91, align 1, !tbaa !13
  %93 = sext i8 %92 to i16
  %94 = add nsw i16 %93, -48
  %95 = srem i16 %94, 2
  %96 = icmp eq i16 %95, 1
  %97 = zext i1 %96 to i32
  br label %98

98:                                               ; preds = %69, %89, %85, %45
  %99 = phi i32 [ 0, %45 ], [ 1, %69 ], [ 0, %85 ], [ %97, %89 ]
  %100 = bitcast double %0 to i64
  %101 = icmp slt i64 %100, 0
  %102 = select i1 %101, i8 45, i8 43
  %103 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 1
  %104 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 2
  %105 = getelementptr inbounds i8, i8* %20, i64 16
  store i8 %102, i8* %105, align 1, !tbaa !13
  %106 = getelementptr inbounds i8, i8* %20, i64 17
  store i8 48, i8* %106, align 1, !tbaa !13
  store i64 2, i64* %103, align 8, !tbaa !45
  %107 = icmp sgt i64 %55, 0
  br i1 %107, label %108, label %124

108:                                              ; preds = %98
  %109 = add nuw nsw i64 %55, 2
  %110 = icmp ugt i64 %55, 46
  br i1 %110, label %111, label %120

111:                                              ; preds = %108
  %112 = icmp ugt i64 %109, 96
  %113 = select i1 %112, i64 %109, i64 96
  %114 = add nuw nsw i64 %113, 17
  %115 = tail call i8* @realloc(i8* noundef nonnull %20, i64 noundef %114) #32
  %116 = icmp eq i8* %115, null
  br i1 %116, label %117, label %118

117:                                              ; preds = %111
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

118:                                              ; preds = %111
  %119 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  store i8* %115, i8** %119, align 8, !tbaa !43
  store i64 %113, i64* %104, align 8, !tbaa !66
  br label %120

120:                                              ; preds = %108, %118
  %121 = phi i64 [ %113, %118 ], [ 48, %108 ]
  %122 = phi i8* [ %115, %118 ], [ %20, %108 ]
  %123 = getelementptr inbounds i8, i8* %122, i64 18
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* nonnull align 1 %123, i8* nonnull align 1 %51, i64 %55, i1 false) #32
  store i64 %109, i64* %103, align 8, !tbaa !45
  br label %124

124:                                              ; preds = %120, %98
  %125 = phi i64 [ %121, %120 ], [ 48, %98 ]
  %126 = phi i64 [ %109, %120 ], [ 2, %98 ]
  %127 = phi i8* [ %122, %120 ], [ %20, %98 ]
  tail call void @free(i8* noundef %50) #32
  tail call void @free(i8* noundef %36) #32
  %128 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %129 = getelementptr inbounds i8, i8* %127, i64 16
  %130 = icmp eq i32 %99, 0
  br i1 %130, label %134, label %159

131:                                              ; preds = %159
  %132 = load i64, i64* %103, align 8, !tbaa !45
  %133 = load i64, i64* %104, align 8, !tbaa !66
  br label %134

134:                                              ; preds = %131, %124
  %135 = phi i64 [ %133, %131 ], [ %125, %124 ]
  %136 = phi i64 [ %132, %131 ], [ %126, %124 ]
  %137 = sub i64 %136, %1
  %138 = icmp sgt i64 %137, %135
  br i1 %138, label %141, label %139

139:                                              ; preds = %134
  %140 = load i8*, i8** %128, align 8, !tbaa !43
  br label %155

141:                                              ; preds = %134
  %142 = shl nsw i64 %135, 1
  %143 = icmp sgt i64 %142, %137
  %144 = select i1 %143, i64 %142, i64 %137
  %145 = add nsw i64 %144, 17
  %146 = icmp sgt i64 %144, -18
  br i1 %146, label %147, label %153

147:                                              ; preds = %141
  %148 = load i8*, i8** %128, align 8, !tbaa !43
  %149 = icmp eq i64 %145, 0
  %150 = select i1 %149, i64 1, i64 %145
  %151 = tail call i8* @realloc(i8* noundef %148, i64 noundef %150) #32
  %152 = icmp eq i8* %151, null
  br i1 %152, label %153, label %154

153:                                              ; preds = %147, %141
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

154:                                              ; preds = %147
  store i8* %151, i8** %128, align 8, !tbaa !43
  store i64 %144, i64* %104, align 8, !tbaa !66
  br label %155

155:                                              ; preds = %139, %154
  %156 = phi i8* [ %140, %139 ], [ %151, %154 ]
  %157 = getelementptr inbounds i8, i8* %156, i64 16
  %158 = getelementptr inbounds i8, i8* %157, i64 %136
  tail call void @llvm.memset.p0i8.i64(i8* nonnull align 1 %158, i8 48, i64 %52, i1 false) #32
  store i64 %137, i64* %103, align 8, !tbaa !45
  br label %167

159:                                              ; preds = %124, %159
  %160 = phi i64 [ %161, %159 ], [ %126, %124 ]
  %161 = add nsw i64 %160, -1
  %162 = getelementptr inbounds i8, i8* %129, i64 %161
  %163 = load i8, i8* %162, align 1, !tbaa !13
  %164 = icmp eq i8 %163, 57
  %165 = add i8 %163, 1
  %166 = select i1 %164, i8 48, i8 %165
  store i8 %166, i8* %162, align 1, !tbaa !13
  br i1 %164, label %159, label %131

167:                                              ; preds = %155, %27
  %168 = phi i64 [ %137, %155 ], [ %32, %27 ]
  %169 = phi i8* [ %156, %155 ], [ %30, %27 ]
  %170 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %24, i64 0, i32 0
  %171 = add nsw i64 %168, 16
  %172 = getelementptr inbounds i8, i8* %169, i64 %171
  store i8 0, i8* %172, align 1, !tbaa !13
  %173 = getelementptr inbounds i8, i8* %169, i64 16
  %174 = tail call double @strtod(i8* nocapture noundef nonnull %173, i8** noundef null) #32
  %175 = load i8*, i8** %170, align 8, !tbaa !43
  tail call void @free(i8* noundef %175) #32
  tail call void @free(i8* noundef nonnull %14) #32
  br label %176

176:                                              ; preds = %2, %167, %11
  %177 = phi double [ %12, %11 ], [ %174, %167 ], [ %0, %2 ]
  ret double %177
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #5

; Function Attrs: nofree nounwind
define internal fastcc void @write_all(i32 noundef %0, i8* nocapture noundef readonly %1, i64 noundef %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %8, %3
  %5 = phi i64 [ %2, %3 ], [ %12, %8 ]
  %6 = phi i8* [ %1, %3 ], [ %11, %8 ]
  %7 = icmp sgt i64 %5, 0
  br i1 %7, label %8, label %13

8:                                                ; preds = %4
  %9 = tail call i64 @write(i32 noundef %0, i8* noundef %6, i64 noundef %5) #32
  %10 = icmp sgt i64 %9, -1
  %11 = getelementptr inbounds i8, i8* %6, i64 %9
  %12 = sub nsw i64 %5, %9
  br i1 %10, label %4, label %13

13:                                               ; preds = %8, %4
  ret void
}

; Function Attrs: nofree
declare noundef i64 @write(i32 noundef, i8* nocapture noundef readonly, i64 noundef) local_unnamed_addr #25

; Function Attrs: noreturn nounwind
declare void @longjmp(%struct.__jmp_buf_tag* noundef, i32 noundef) local_unnamed_addr #26

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #26

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

10:                                               ; preds = %71, %1
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %4) #32
  %11 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %3) #32
  %12 = load i64, i64* %5, align 8, !tbaa !19
  %13 = load i64, i64* %6, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %4) #32
  %14 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) seq_cst, align 64
  %15 = and i64 %14, 65535
  %16 = lshr i64 %14, 16
  %17 = and i64 %16, 65535
  %18 = icmp ult i64 %15, %17
  br i1 %18, label %68, label %19

19:                                               ; preds = %10, %36
  %20 = phi i32 [ %37, %36 ], [ 1, %10 ]
  %21 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %100

23:                                               ; preds = %19
  %24 = and i32 %20, 255
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %36

26:                                               ; preds = %23
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %7) #32
  %27 = call i32 @clock_gettime(i32 noundef 1, %struct.timespec* noundef nonnull %2) #32
  %28 = load i64, i64* %8, align 8, !tbaa !19
  %29 = load i64, i64* %9, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %7) #32
  %30 = sub i64 %28, %12
  %31 = mul i64 %30, 1000000000
  %32 = sub i64 %29, %13
  %33 = add i64 %32, %31
  %34 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 3), align 16, !tbaa !52
  %35 = icmp sgt i64 %33, %34
  br i1 %35, label %43, label %36

36:                                               ; preds = %26, %23
  %37 = add i32 %20, 1
  %38 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) seq_cst, align 64
  %39 = and i64 %38, 65535
  %40 = lshr i64 %38, 16
  %41 = and i64 %40, 65535
  %42 = icmp ult i64 %39, %41
  br i1 %42, label %68, label %19

43:                                               ; preds = %26
  %44 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %45 = atomicrmw add i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %46 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) seq_cst, align 64
  %47 = and i64 %46, 65535
  %48 = lshr i64 %46, 16
  %49 = and i64 %48, 65535
  %50 = icmp ult i64 %47, %49
  br i1 %50, label %51, label %53

51:                                               ; preds = %43
  %52 = atomicrmw sub i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  br label %66

53:                                               ; preds = %43, %56
  %54 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 12) seq_cst, align 8
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %56, label %97

56:                                               ; preds = %53
  %57 = call i32 @pthread_cond_wait(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 8, i32 0), %union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %58 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) seq_cst, align 64
  %59 = and i64 %58, 65535
  %60 = lshr i64 %58, 16
  %61 = and i64 %60, 65535
  %62 = icmp ult i64 %59, %61
  br i1 %62, label %63, label %53, !llvm.loop !195

63:                                               ; preds = %56
  %64 = atomicrmw sub i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %65 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  br i1 %55, label %68, label %100

66:                                               ; preds = %51, %94
  %67 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  br label %68

68:                                               ; preds = %36, %10, %63, %66
  br label %69

69:                                               ; preds = %90, %68
  %70 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19) acquire, align 64
  br label %71

71:                                               ; preds = %77, %69
  %72 = phi i64 [ %70, %69 ], [ %81, %77 ]
  %73 = and i64 %72, 65535
  %74 = lshr i64 %72, 16
  %75 = and i64 %74, 65535
  %76 = icmp ult i64 %73, %75
  br i1 %76, label %77, label %10

77:                                               ; preds = %71
  %78 = add i64 %72, 1
  %79 = cmpxchg weak i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 19), i64 %72, i64 %78 acq_rel acquire, align 8
  %80 = extractvalue { i64, i1 } %79, 1
  %81 = extractvalue { i64, i1 } %79, 0
  br i1 %80, label %82, label %71, !llvm.loop !58

82:                                               ; preds = %77
  %83 = load atomic i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 23) monotonic, align 64
  %84 = icmp slt i64 %73, %83
  br i1 %84, label %85, label %86

85:                                               ; preds = %82
  call fastcc void @pool_chunk(i64 noundef %75, i64 noundef %73) #32
  br label %86

86:                                               ; preds = %85, %82
  %87 = atomicrmw add i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 21), i64 1 seq_cst, align 8
  %88 = add nsw i64 %87, 1
  %89 = icmp eq i64 %88, %75
  br i1 %89, label %91, label %90

90:                                               ; preds = %86, %91
  br label %69, !llvm.loop !196

91:                                               ; preds = %86
  %92 = load atomic i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 11) seq_cst, align 4
  %93 = icmp eq i32 %92, 0
  br i1 %93, label %90, label %94

94:                                               ; preds = %91
  %95 = call i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  %96 = call i32 @pthread_cond_signal(%union.pthread_cond_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 9, i32 0)) #32
  br label %66, !llvm.loop !196

97:                                               ; preds = %53
  %98 = atomicrmw sub i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 10), i32 1 seq_cst, align 4
  %99 = call i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 7, i32 0)) #32
  br label %100

100:                                              ; preds = %63, %19, %97
  ret i8* null
}

; Function Attrs: nounwind
declare i32 @pthread_cond_destroy(%union.pthread_cond_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_destroy(%union.pthread_mutex_t* noundef) local_unnamed_addr #1

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #27

declare i32 @sched_getaffinity(i32 noundef, i64 noundef, i8* noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare i64 @sysconf(i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind readonly
declare noundef i8* @getenv(i8* nocapture noundef) local_unnamed_addr #28

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(i8* noundef readonly, i8** nocapture noundef, i32 noundef) local_unnamed_addr #21

declare i32 @pthread_cond_wait(%union.pthread_cond_t* noundef, %union.pthread_mutex_t* noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(%union.pthread_mutex_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(%union.pthread_mutex_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define internal fastcc void @pool_chunk(i64 noundef %0, i64 noundef %1) unnamed_addr #0 {
  %3 = alloca %struct.EmChunkCtx, align 16
  %4 = bitcast %struct.EmChunkCtx* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 528, i8* nonnull %4) #32
  %5 = getelementptr inbounds %struct.EmChunkCtx, %struct.EmChunkCtx* %3, i64 0, i32 1
  store i64 %1, i64* %5, align 16, !tbaa !27
  %6 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %7 = call i32 @pthread_setspecific(i32 noundef %6, i8* noundef nonnull %4) #32
  %8 = getelementptr inbounds %struct.EmChunkCtx, %struct.EmChunkCtx* %3, i64 0, i32 0, i32 0, i64 0
  %9 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef nonnull %8) #36
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %26

11:                                               ; preds = %2
  %12 = load void (i8*, i64, i64, i64)*, void (i8*, i64, i64, i64)** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 15), align 8, !tbaa !54
  %13 = load i8*, i8** getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 16), align 16, !tbaa !55
  %14 = load i64, i64* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 17), align 8, !tbaa !56
  %15 = sdiv i64 %14, %0
  %16 = mul nsw i64 %15, %1
  %17 = srem i64 %14, %0
  %18 = mul nsw i64 %17, %1
  %19 = sdiv i64 %18, %0
  %20 = add nsw i64 %19, %16
  %21 = add nsw i64 %1, 1
  %22 = mul nsw i64 %15, %21
  %23 = mul nsw i64 %17, %21
  %24 = sdiv i64 %23, %0
  %25 = add nsw i64 %24, %22
  call void %12(i8* noundef %13, i64 noundef %20, i64 noundef %25, i64 noundef %1) #32
  br label %26

26:                                               ; preds = %11, %2
  %27 = load i32, i32* getelementptr inbounds (%struct.anon, %struct.anon* @em_pool, i64 0, i32 6), align 8, !tbaa !22
  %28 = call i32 @pthread_setspecific(i32 noundef %27, i8* noundef null) #32
  call void @llvm.lifetime.end.p0i8(i64 528, i8* nonnull %4) #32
  ret void
}

; Function Attrs: nounwind
declare i32 @pthread_cond_signal(%union.pthread_cond_t* noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @pthread_cond_broadcast(%union.pthread_cond_t* noundef) local_unnamed_addr #1

declare i32 @pthread_join(i64 noundef, i8** noundef) local_unnamed_addr #12

; Function Attrs: inaccessiblemem_or_argmemonly mustprogress nounwind willreturn
declare noalias noundef i8* @realloc(i8* nocapture noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: nounwind
define internal fastcc void @buf_cp(%struct.EmBuf* nocapture noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = alloca i32, align 4
  %4 = bitcast i32* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %4)
  %5 = icmp slt i32 %1, 128
  br i1 %5, label %6, label %8

6:                                                ; preds = %2
  %7 = trunc i32 %1 to i8
  store i8 %7, i8* %4, align 4, !tbaa !13
  br label %51

8:                                                ; preds = %2
  %9 = icmp ult i32 %1, 2048
  br i1 %9, label %10, label %18

10:                                               ; preds = %8
  %11 = lshr i32 %1, 6
  %12 = trunc i32 %11 to i8
  %13 = or i8 %12, -64
  store i8 %13, i8* %4, align 4, !tbaa !13
  %14 = trunc i32 %1 to i8
  %15 = and i8 %14, 63
  %16 = or i8 %15, -128
  %17 = getelementptr inbounds i8, i8* %4, i64 1
  store i8 %16, i8* %17, align 1, !tbaa !13
  br label %51

18:                                               ; preds = %8
  %19 = icmp ult i32 %1, 65536
  br i1 %19, label %20, label %33

20:                                               ; preds = %18
  %21 = lshr i32 %1, 12
  %22 = trunc i32 %21 to i8
  %23 = or i8 %22, -32
  store i8 %23, i8* %4, align 4, !tbaa !13
  %24 = lshr i32 %1, 6
  %25 = trunc i32 %24 to i8
  %26 = and i8 %25, 63
  %27 = or i8 %26, -128
  %28 = getelementptr inbounds i8, i8* %4, i64 1
  store i8 %27, i8* %28, align 1, !tbaa !13
  %29 = trunc i32 %1 to i8
  %30 = and i8 %29, 63
  %31 = or i8 %30, -128
  %32 = getelementptr inbounds i8, i8* %4, i64 2
  store i8 %31, i8* %32, align 2, !tbaa !13
  br label %51

33:                                               ; preds = %18
  %34 = lshr i32 %1, 18
  %35 = trunc i32 %34 to i8
  %36 = or i8 %35, -16
  store i8 %36, i8* %4, align 4, !tbaa !13
  %37 = lshr i32 %1, 12
  %38 = trunc i32 %37 to i8
  %39 = and i8 %38, 63
  %40 = or i8 %39, -128
  %41 = getelementptr inbounds i8, i8* %4, i64 1
  store i8 %40, i8* %41, align 1, !tbaa !13
  %42 = lshr i32 %1, 6
  %43 = trunc i32 %42 to i8
  %44 = and i8 %43, 63
  %45 = or i8 %44, -128
  %46 = getelementptr inbounds i8, i8* %4, i64 2
  store i8 %45, i8* %46, align 2, !tbaa !13
  %47 = trunc i32 %1 to i8
  %48 = and i8 %47, 63
  %49 = or i8 %48, -128
  %50 = getelementptr inbounds i8, i8* %4, i64 3
  store i8 %49, i8* %50, align 1, !tbaa !13
  br label %51

51:                                               ; preds = %6, %10, %20, %33
  %52 = phi i64 [ 1, %6 ], [ 2, %10 ], [ 3, %20 ], [ 4, %33 ]
  %53 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 1
  %54 = load i64, i64* %53, align 8, !tbaa !45
  %55 = add nsw i64 %54, %52
  %56 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 2
  %57 = load i64, i64* %56, align 8, !tbaa !66
  %58 = icmp sgt i64 %55, %57
  br i1 %58, label %62, label %59

59:                                               ; preds = %51
  %60 = getelementptr inbounds %struct.EmBuf, %struct.EmBuf* %0, i64 0, i32 0
  %61 = load i8*, i8** %60, align 8, !tbaa !43
  br label %78

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
  %73 = tail call i8* @realloc(i8* noundef %70, i64 noundef %72) #32
  %74 = icmp eq i8* %73, null
  br i1 %74, label %75, label %76

75:                                               ; preds = %69, %62
  tail call void @ember_fault(i32 noundef 5, i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str.1, i64 0, i64 0), i8* noundef null, i32 noundef 0, i32 noundef 0) #34
  unreachable

76:                                               ; preds = %69
  store i8* %73, i8** %66, align 8, !tbaa !43
  store i64 %65, i64* %56, align 8, !tbaa !66
  %77 = load i64, i64* %53, align 8, !tbaa !45
  br label %78

78:                                               ; preds = %59, %76
  %79 = phi i64 [ %54, %59 ], [ %77, %76 ]
  %80 = phi i8* [ %61, %59 ], [ %73, %76 ]
  %81 = getelementptr inbounds i8, i8* %80, i64 16
  %82 = getelementptr inbounds i8, i8* %81, i64 %79
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 %82, i8* noundef nonnull align 4 %4, i64 %52, i1 false) #32
  %83 = load i64, i64* %53, align 8, !tbaa !45
  %84 = add nsw i64 %83, %52
  store i64 %84, i64* %53, align 8, !tbaa !45
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %4)
  ret void
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

; Function Attrs: nofree nosync nounwind readonly
define internal fastcc i32 @strip_cp(i32 noundef %0, %struct.EmStr* noundef readonly %1) unnamed_addr #19 {
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
  br i1 %24, label %25, label %86, !llvm.loop !197

25:                                               ; preds = %4, %23
  %26 = phi i64 [ %85, %23 ], [ 0, %4 ]
  %27 = getelementptr inbounds %struct.EmStr, %struct.EmStr* %1, i64 0, i32 2, i64 %26
  %28 = load i8, i8* %27, align 1, !tbaa !13
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
  %39 = load i8, i8* %38, align 1, !tbaa !13
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
  %50 = load i8, i8* %49, align 1, !tbaa !13
  %51 = and i8 %50, 63
  %52 = zext i8 %51 to i32
  %53 = shl nuw nsw i32 %52, 6
  %54 = or i32 %53, %48
  %55 = getelementptr inbounds i8, i8* %27, i64 2
  %56 = load i8, i8* %55, align 1, !tbaa !13
  %57 = and i8 %56, 63
  %58 = zext i8 %57 to i32
  %59 = or i32 %54, %58
  br label %81

60:                                               ; preds = %43
  %61 = and i8 %28, 7
  %62 = zext i8 %61 to i32
  %63 = shl nuw nsw i32 %62, 18
  %64 = getelementptr inbounds i8, i8* %27, i64 1
  %65 = load i8, i8* %64, align 1, !tbaa !13
  %66 = and i8 %65, 63
  %67 = zext i8 %66 to i32
  %68 = shl nuw nsw i32 %67, 12
  %69 = or i32 %68, %63
  %70 = getelementptr inbounds i8, i8* %27, i64 2
  %71 = load i8, i8* %70, align 1, !tbaa !13
  %72 = and i8 %71, 63
  %73 = zext i8 %72 to i32
  %74 = shl nuw nsw i32 %73, 6
  %75 = or i32 %69, %74
  %76 = getelementptr inbounds i8, i8* %27, i64 3
  %77 = load i8, i8* %76, align 1, !tbaa !13
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

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @frexp(double noundef, i32* nocapture noundef) local_unnamed_addr #21

; Function Attrs: mustprogress nofree nounwind willreturn
declare float @strtof(i8* noundef readonly, i8** nocapture noundef) local_unnamed_addr #21

; Function Attrs: inaccessiblememonly mustprogress nofree nounwind willreturn
declare noalias noundef i8* @aligned_alloc(i64 noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: argmemonly nofree nounwind readonly willreturn
declare i32 @bcmp(i8* nocapture, i8* nocapture, i64) local_unnamed_addr #29

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.abs.i64(i64, i1 immarg) #30

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.smax.i64(i64, i64) #30

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smin.i32(i32, i32) #30

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x i64> @llvm.ctpop.v2i64(<2 x i64>) #30

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #31

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
attributes #18 = { nofree norecurse nosync nounwind readnone "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #19 = { nofree nosync nounwind readonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #20 = { nofree nosync nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #21 = { mustprogress nofree nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #22 = { nofree norecurse nosync nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #23 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #24 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #25 = { nofree "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #26 = { noreturn nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #27 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #28 = { nofree nounwind readonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #29 = { argmemonly nofree nounwind readonly willreturn }
attributes #30 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #31 = { nofree nosync nounwind readnone willreturn }
attributes #32 = { nounwind }
attributes #33 = { nounwind readonly willreturn }
attributes #34 = { noreturn nounwind }
attributes #35 = { noreturn }
attributes #36 = { nounwind returns_twice }
attributes #37 = { readnone }

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
!13 = !{!5, !5, i64 0}
!14 = !{!15, !12, i64 0}
!15 = !{!"EmList", !12, i64 0, !12, i64 8, !8, i64 16}
!16 = !{!15, !12, i64 8}
!17 = !{!15, !8, i64 16}
!18 = distinct !{!18, !10}
!19 = !{!20, !12, i64 0}
!20 = !{!"timespec", !12, i64 0, !12, i64 8}
!21 = !{!20, !12, i64 8}
!22 = !{!23, !4, i64 40}
!23 = !{!"", !5, i64 0, !4, i64 4, !4, i64 8, !12, i64 16, !4, i64 24, !8, i64 32, !4, i64 40, !5, i64 48, !5, i64 112, !5, i64 176, !5, i64 240, !5, i64 244, !5, i64 248, !24, i64 252, !4, i64 256, !8, i64 264, !8, i64 272, !12, i64 280, !5, i64 320, !5, i64 384, !5, i64 448, !24, i64 456, !25, i64 464}
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
!57 = !{!23, !4, i64 256}
!58 = distinct !{!58, !10}
!59 = distinct !{!59, !10}
!60 = distinct !{!60, !10}
!61 = distinct !{!61, !10}
!62 = !{i64 0, i64 4, !3, i64 4, i64 4, !3, i64 8, i64 4, !3, i64 16, i64 8, !7, i64 24, i64 8, !11, i64 32, i64 1024, !13}
!63 = distinct !{!63, !10}
!64 = distinct !{!64, !10}
!65 = distinct !{!65, !10}
!66 = !{!44, !12, i64 16}
!67 = distinct !{!67, !10}
!68 = distinct !{!68, !10, !69}
!69 = !{!"llvm.loop.peeled.count", i32 1}
!70 = distinct !{!70, !10, !71}
!71 = !{!"llvm.loop.isvectorized", i32 1}
!72 = distinct !{!72, !10, !73, !71}
!73 = !{!"llvm.loop.unroll.runtime.disable"}
!74 = distinct !{!74, !75}
!75 = !{!"llvm.loop.unroll.disable"}
!76 = distinct !{!76, !10}
!77 = distinct !{!77, !10}
!78 = distinct !{!78, !10, !71}
!79 = distinct !{!79, !10, !73, !71}
!80 = distinct !{!80, !10}
!81 = distinct !{!81, !10}
!82 = distinct !{!82, !10}
!83 = distinct !{!83, !10}
!84 = distinct !{!84, !10, !71}
!85 = distinct !{!85, !10, !73, !71}
!86 = distinct !{!86, !10}
!87 = distinct !{!87, !10}
!88 = distinct !{!88, !10}
!89 = distinct !{!89, !10}
!90 = distinct !{!90, !10, !71}
!91 = distinct !{!91, !10, !73, !71}
!92 = distinct !{!92, !10, !71}
!93 = distinct !{!93, !10, !73, !71}
!94 = distinct !{!94, !10}
!95 = distinct !{!95, !10}
!96 = distinct !{!96, !10}
!97 = distinct !{!97, !10}
!98 = distinct !{!98, !10}
!99 = distinct !{!99, !10}
!100 = distinct !{!100, !10}
!101 = distinct !{!101, !10}
!102 = distinct !{!102, !10}
!103 = distinct !{!103, !10, !69}
!104 = !{i32 (i32)* @is_alnum_cp, i32 (i32)* @is_alpha_cp, i32 (i32)* @is_digit_cp, i32 (i32)* @is_space_cp}
!105 = distinct !{!105, !10}
!106 = distinct !{!106, !10}
!107 = distinct !{!107, !10}
!108 = distinct !{!108, !10}
!109 = distinct !{!109, !10, !71}
!110 = distinct !{!110, !10, !73, !71}
!111 = distinct !{!111, !10, !71}
!112 = distinct !{!112, !10, !73, !71}
!113 = distinct !{!113, !10}
!114 = distinct !{!114, !10, !71}
!115 = distinct !{!115, !10, !73, !71}
!116 = distinct !{!116, !10}
!117 = distinct !{!117, !10, !71}
!118 = distinct !{!118, !10, !73, !71}
!119 = distinct !{!119, !10}
!120 = distinct !{!120, !10}
!121 = distinct !{!121, !10}
!122 = distinct !{!122, !10}
!123 = distinct !{!123, !10}
!124 = distinct !{!124, !10}
!125 = distinct !{!125, !10}
!126 = !{!127, !12, i64 0}
!127 = !{!"EmErr", !12, i64 0, !8, i64 8}
!128 = !{!127, !8, i64 8}
!129 = !{!130, !4, i64 0}
!130 = !{!"", !4, i64 0, !4, i64 4, !4, i64 8, !4, i64 12, !4, i64 16, !12, i64 24, !4, i64 32, !12, i64 40, !4, i64 48}
!131 = !{!130, !4, i64 4}
!132 = !{!130, !4, i64 8}
!133 = !{!130, !4, i64 12}
!134 = !{!130, !4, i64 16}
!135 = !{!130, !12, i64 24}
!136 = !{!130, !4, i64 32}
!137 = !{!130, !12, i64 40}
!138 = !{!130, !4, i64 48}
!139 = distinct !{!139, !10}
!140 = distinct !{!140, !10}
!141 = distinct !{!141, !10}
!142 = distinct !{!142, !10}
!143 = distinct !{!143, !10}
!144 = distinct !{!144, !10}
!145 = distinct !{!145, !10}
!146 = distinct !{!146, !10}
!147 = distinct !{!147, !10}
!148 = !{i64 0, i64 4, !3, i64 4, i64 4, !3, i64 8, i64 4, !3, i64 12, i64 4, !3, i64 16, i64 4, !3, i64 24, i64 8, !11, i64 32, i64 4, !3, i64 40, i64 8, !11, i64 48, i64 4, !3}
!149 = distinct !{!149, !10, !71}
!150 = distinct !{!150, !10, !73, !71}
!151 = distinct !{!151, !10}
!152 = !{!153}
!153 = distinct !{!153, !154}
!154 = distinct !{!154, !"LVerDomain"}
!155 = !{!156}
!156 = distinct !{!156, !154}
!157 = distinct !{!157, !10, !71}
!158 = distinct !{!158, !75}
!159 = distinct !{!159, !75}
!160 = distinct !{!160, !10, !71}
!161 = distinct !{!161, !10}
!162 = distinct !{!162, !10, !71}
!163 = distinct !{!163, !10, !73, !71}
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
!176 = distinct !{!176, !10}
!177 = !{!178}
!178 = distinct !{!178, !179}
!179 = distinct !{!179, !"LVerDomain"}
!180 = !{!181}
!181 = distinct !{!181, !179}
!182 = distinct !{!182, !10, !71}
!183 = distinct !{!183, !10, !71, !73}
!184 = distinct !{!184, !10}
!185 = distinct !{!185, !10, !71}
!186 = distinct !{!186, !10}
!187 = distinct !{!187, !10}
!188 = distinct !{!188, !10}
!189 = distinct !{!189, !10}
!190 = distinct !{!190, !10}
!191 = distinct !{!191, !10}
!192 = distinct !{!192, !10}
!193 = distinct !{!193, !10}
!194 = distinct !{!194, !10}
!195 = distinct !{!195, !10}
!196 = distinct !{!196, !10}
!197 = distinct !{!197, !10}
