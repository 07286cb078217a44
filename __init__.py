"""partykg: a knowledge graph of Vietnamese party-building news reports.

Documents flow one way: loaders read and extract, graph stores, queries ask, viz draws.
The command line (``partykg.cli``) is the only place that wires the parts together.
"""

__version__ = "0.1.0"
