"""armstrace: an evidence-linked register of arms transfers from multilingual news."""

from armstrace.api import extract, extract_many
from armstrace.document import Document, Mention, Span
from armstrace.errors import ArmstraceError, Problem
from armstrace.pipeline import STAGES, Pipeline, stage

__version__ = "0.1.0"
__all__ = ["STAGES", "ArmstraceError", "Document", "Mention", "Pipeline", "Problem", "Span",
           "extract", "extract_many", "stage", "__version__"]
