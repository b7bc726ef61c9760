# `format(x, spec)` (an f-string's field) and the `string` module's constants (Ember's
# own ember/stdlib/string.ember, the same text as CPython's).
import string
from string import digits, ascii_uppercase

print(format(3.14159, ".2f"), format(42, "08b"), format(1234567, ","), format(7), format("ab", ">5"))
print(string.ascii_lowercase[:5], digits, ascii_uppercase[-3:], len(string.punctuation), string.whitespace == " \t\n\r\x0b\x0c")
print(len(string.printable), string.hexdigits, string.octdigits, string.ascii_letters[20:30])
print([c for c in "Hello, World!" if c in string.punctuation], sum(1 for c in "a1b2" if c in string.digits))
print("%05.1f|%-8.3e|%x|%o|%c|%r|%%" % (3.14159, 12345.678, 255, 8, 65, "q"), "%c%c" % (72, 105), "%3c|" % 65)
