// mode: read; params: none; returns: ok = 1 (readiness)
RETURN 1 AS ok
