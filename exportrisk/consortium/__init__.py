"""Export consortia: pooled cover (FX netting, group credit policy, mutual guarantee fund) vs going alone."""
