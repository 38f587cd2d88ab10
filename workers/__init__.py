"""RQ jobs: outbound delivery with retries, and (later) reminders, the SLA watchdog and the purge."""
