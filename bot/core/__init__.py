"""The pure core: normalising, matching and deciding. No I/O, no discord, no yaml, no clock."""
