"""A real Redis master, its replica and a Sentinel watching them, on loopback ports, for failover tests."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

from redis import Redis
from redis.exceptions import RedisError
from redis.sentinel import MasterNotFoundError, Sentinel

from bot import localredis
from tests.support.waiting import wait_for

SERVICE = "careline"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SentinelSet:
    """Master, replica and one Sentinel (quorum 1), started together and stopped together."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.master_port, self.replica_port, self.sentinel_port = free_port(), free_port(), free_port()
        self.procs: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        """The REDIS_URL that reaches the master through the Sentinel."""
        return f"redis+sentinel://127.0.0.1:{self.sentinel_port}/{SERVICE}"

    def start(self) -> None:
        """Start the three and wait until the Sentinel knows the replica is ready to take over."""
        self._server("master", self.master_port)
        self._server("replica", self.replica_port, "--replicaof", "127.0.0.1", str(self.master_port))
        wait_for(lambda: self.node(self.replica_port).info("replication").get("master_link_status") == "up")
        conf = self.directory / "sentinel.conf"  # Sentinel rewrites its config file, so it gets one of its own
        conf.write_text(
            f"port {self.sentinel_port}\nbind 127.0.0.1\ndir {self.directory}\n"
            f"sentinel monitor {SERVICE} 127.0.0.1 {self.master_port} 1\n"
            f"sentinel down-after-milliseconds {SERVICE} 1000\nsentinel failover-timeout {SERVICE} 5000\n"
        )
        self._spawn("sentinel", [str(conf), "--sentinel"])
        wait_for(lambda: any(r["port"] == self.replica_port for r in self.sentinel().sentinel_slaves(SERVICE)))

    def master(self) -> int:
        """The port the Sentinel names as the master now."""
        _, port = self.sentinel().sentinel_get_master_addr_by_name(SERVICE)
        return int(port)

    def kill_master(self) -> None:
        """Kill the master's process, and wait until the Sentinel has promoted the replica in its place."""
        before = self.master()
        proc = self.procs[0] if before == self.master_port else self.procs[1]
        proc.kill()
        proc.wait(timeout=10)
        wait_for(lambda: self.master() != before, timeout=30)
        wait_for(lambda: self.node(self.master()).execute_command("ROLE")[0] == "master", timeout=30)
        # The Sentinel names the promoted replica while its failover is still being completed, and meanwhile still
        # lists the old master as down, which a client such as the app's takes as no master yet: wait for the switch.
        wait_for(lambda: self.discovered() == self.master(), timeout=30)

    def discovered(self) -> int | None:
        """The master's port as the app's Sentinel client finds it (None while the Sentinel lists none it can use)."""
        try:
            _, port = Sentinel([("127.0.0.1", self.sentinel_port)], socket_timeout=5).discover_master(SERVICE)
        except MasterNotFoundError:
            return None
        return int(port)

    def node(self, port: int) -> Redis:
        """A plain client of one server."""
        return Redis(port=port, decode_responses=True, socket_timeout=5)

    def sentinel(self) -> Redis:
        """A client of the Sentinel itself."""
        return self.node(self.sentinel_port)

    def stop(self) -> None:
        """Stop every process."""
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            proc.wait(timeout=10)

    def _server(self, name: str, port: int, *extra: str) -> None:
        args = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self._spawn(name, [*args, "--dir", str(self.directory), "--dbfilename", f"{name}.rdb", *extra])
        wait_for(lambda: self._answers(port))

    def _answers(self, port: int) -> bool:
        try:
            return bool(self.node(port).ping())
        except RedisError:
            return False

    def _spawn(self, name: str, args: list[str]) -> None:
        with (self.directory / f"{name}.log").open("wb") as log:  # the child keeps its own copy of the descriptor
            self.procs.append(
                subprocess.Popen([localredis.server_binary(), *args], stdout=log, stderr=subprocess.STDOUT)
            )
