; A stand-in for ember/runtime/rt.ll with just what the driver's stub program calls,
; used by the driver and CLI tests only while the real runtime has not landed.
; No target triple or datalayout, like the real one: the target sets them.
%Buf = type { [4096 x i8], i64 }

declare ptr @malloc(i64)
declare i64 @write(i32, ptr, i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

define void @ember_rt_init(i32 %argc, ptr %argv) {
  ret void
}

define void @ember_rt_flush() {
  ret void
}

define ptr @ember_buf_new() {
  %b = call ptr @malloc(i64 4104)
  %len = getelementptr %Buf, ptr %b, i32 0, i32 1
  store i64 0, ptr %len
  ret ptr %b
}

define void @ember_buf_bytes(ptr %b, ptr %src, i64 %n) {
  %lenp = getelementptr %Buf, ptr %b, i32 0, i32 1
  %len = load i64, ptr %lenp
  %dst = getelementptr %Buf, ptr %b, i32 0, i32 0, i64 %len
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 %n, i1 false)
  %new = add i64 %len, %n
  store i64 %new, ptr %lenp
  ret void
}

define void @ember_buf_print(ptr %b) {
  %lenp = getelementptr %Buf, ptr %b, i32 0, i32 1
  %len = load i64, ptr %lenp
  %r = call i64 @write(i32 1, ptr %b, i64 %len)
  ret void
}
