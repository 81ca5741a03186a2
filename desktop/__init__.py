"""Dongbei Survey Desk: survey entry and province briefs on Japanese-affiliated companies in Northeast China."""

__version__ = "0.1.0"
