"""Tools for developers: the benchmark, the synthetic corpus generator and the evaluator.

Never part of a build; may import any stage except `cli`.
"""
