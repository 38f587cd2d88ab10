"""RQ jobs: outbound delivery with retries and rate limits, on-call alerts, and the SLA watchdog."""
