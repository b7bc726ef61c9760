class ParseError(Exception):
    pass

class TokenError(Exception):
    def __init__(self, pos, msg):
        super().__init__(f"at {pos}: {msg}")
        self.pos = pos

def parse(s):
    if not s:
        raise ParseError("empty")
    for i, c in enumerate(s):
        if not c.isdigit():
            raise TokenError(i, "bad char " + c)
    return int(s)

for s in ["12", "", "1x"]:
    try:
        print(parse(s))
    except TokenError as e:
        print("token", e.pos, e)
    except ParseError as e:
        print("parse", e)
