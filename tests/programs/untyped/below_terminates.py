# Regression: mir/below.py's analysis went round for ever on f12 (met from f131's loop,
# where f12 is a candidate for a vector variant): two spellings of one state (a fact
# implied by a false Bool) alternated at the any()s' joins. From an untyped-fuzz program.
def f0(p0, p1, p2):
    l0 = ((((-30 & 255) & (-11 >> 3)) * (-34 if False else -22) % 10007), p1)  # noqa: F841
    return (not ('ab' in '123'.upper()))


def f12(p0):
    if f0(1.25, '123', 10.0):
        l112 = str(any(v113 > -5 for v113 in [v114 * 2 for v114 in [16]]))  # noqa: F841
    if any((f0(7.5, 'x y z', 1.25) or v115 > 4) for v115 in sorted([v117 for v117 in [7, -7] if v117 > -1])):
        l120 = [v122 % 100 for v122 in range(3)][0:6]
        if len(l120) > 0:
            l120[140 % len(l120)] = 55 % 1000
    i123 = 0
    while i123 < 3:
        i123 += 1
        e124 = []
        for i125 in range(2):
            e124.append([])
    return (183 / 3)


def f131(p0, p1, p2):
    for i1200 in range(2):
        pass
    for i1201 in range(6):
        if (w1202 := (i1201 * 11) % 1000003) > 49:  # noqa: F841
            l1204 = f12(False)  # noqa: F841
    return 0


print('f131', f131(10.0, 'Ember', 1e3))
