# split/rsplit with maxsplit (also on whitespace), splitlines, rfind/rindex, removeprefix/suffix,
# swapcase, expandtabs, partition/rpartition: as CPython prints them.
s = "a,b,,c,d"
print(s.split(",", 1), s.split(",", 0), s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(","), s.split(",", -1))
w = "  the quick  brown fox  "
print(w.split(None, 1), w.rsplit(None, 1), w.split(None, 2), w.rsplit(None, 0), w.split(None), w.rsplit(None))
print("x".split(None, 1), "".split(None, 1), "".rsplit(",", 1), "   ".rsplit(None, 1))
text = "line one\nline two\r\n\nline four\rlast"
print(text.splitlines(), "".splitlines(), "a\n".splitlines(), "\n\n".splitlines())
print("hello world".rfind("o"), "hello".rfind("z"), "héllo wörld".rfind("ö"), "abc".rfind(""), "hello".rindex("l"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removesuffix(""), "ab".removeprefix("abc"))
print("Hello World ÄÖ".swapcase(), "a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "ab\n\tc".expandtabs(2), "\t".expandtabs(0))
print("key=value=x".partition("="), "novalue".partition("="), "a.b.c".rpartition("."), "abc".rpartition("."))
print("123".isdecimal(), "12a".isnumeric(), "".isdecimal())
for line in "k1: v1\nk2: v2".splitlines():
    k, sep, v = line.partition(": ")
    print(k, v)
for line in ["# c", "// d", "x = 1", "y.py"]:
    print(line.startswith(("#", "//")), line.strip().endswith((".py", ".c")), line.startswith(("q",)))
