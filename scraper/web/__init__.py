"""`jobs serve` and `jobs mcp`: the read-only web pages, JSON API and MCP server."""
