"""The team loop: bundles moving between reviewers' libraries, samples and assignments (what to
review next), calibration sessions and their agreement figures."""
