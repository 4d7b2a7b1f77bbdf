"""The quality gate: reviewed suites in expectations/, validated with Great Expectations.

Import cost matters: `great_expectations` is imported only when a batch is actually validated.
"""

from byline.quality.gate import Verdict, validate_run
from byline.quality.gx_run import warm_up

__all__ = ["Verdict", "validate_run", "warm_up"]
