"""The read-only web page over a store (``newsgraph serve``)."""
