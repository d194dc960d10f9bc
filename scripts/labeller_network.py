"""The reference labeller as a PyTorch module, for training only (scripts/train_parser.py).

citekit runs the same network with numpy (citekit/parsing/neural.py) from the exported arrays.
"""

from __future__ import annotations

import torch
from torch import nn


class Network(nn.Module):
    """Summed feature embeddings → bidirectional LSTM → label scores → linear-chain CRF."""

    def __init__(self, rows: int, dim: int, hidden: int, labels: int, dropout: float) -> None:
        super().__init__()
        self.embedding = nn.EmbeddingBag(rows, dim, mode="sum")
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(dim, hidden, bidirectional=True, batch_first=True)
        self.output = nn.Linear(2 * hidden, labels)
        self.transitions = nn.Parameter(torch.zeros(labels, labels))
        self.start = nn.Parameter(torch.zeros(labels))
        self.end = nn.Parameter(torch.zeros(labels))

    def emissions(self, rows: list[list[list[int]]]) -> tuple[torch.Tensor, list[int]]:
        """Feature rows per token per sequence → (batch, longest, labels) scores, and the lengths."""
        flat = [token for sequence in rows for token in sequence]
        offsets = torch.tensor([0] + [len(token) for token in flat[:-1]]).cumsum(0)
        summed = self.embedding(torch.tensor([row for token in flat for row in token]), offsets)
        lengths = [len(sequence) for sequence in rows]
        padded = nn.utils.rnn.pad_sequence(list(summed.split(lengths)), batch_first=True)
        packed = nn.utils.rnn.pack_padded_sequence(
            self.dropout(padded), torch.tensor(lengths), batch_first=True, enforce_sorted=False
        )
        states, _ = self.lstm(packed)
        states, _ = nn.utils.rnn.pad_packed_sequence(states, batch_first=True, total_length=max(lengths))
        return self.output(self.dropout(states)), lengths

    def loss(self, batch: list[tuple[list[list[int]], list[int]]]) -> torch.Tensor:
        """Mean negative log-likelihood of the gold label sequences under the CRF."""
        scores, lengths = self.emissions([rows for rows, _ in batch])
        size, longest, _ = scores.shape
        tags = torch.zeros(size, longest, dtype=torch.long)
        mask = torch.zeros(size, longest)
        for index, (_, gold) in enumerate(batch):
            tags[index, : len(gold)] = torch.tensor(gold)
            mask[index, : len(gold)] = 1
        gold_score = self.start[tags[:, 0]] + scores[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + scores[:, 0]
        for step in range(1, longest):
            inside = mask[:, step]
            emitted = scores[:, step].gather(1, tags[:, step : step + 1]).squeeze(1)
            gold_score = gold_score + (self.transitions[tags[:, step - 1], tags[:, step]] + emitted) * inside
            advanced = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + scores[:, step].unsqueeze(1), dim=1)
            alpha = torch.where(inside.unsqueeze(1) > 0, advanced, alpha)
        last = tags.gather(1, (torch.tensor(lengths) - 1).unsqueeze(1)).squeeze(1)
        gold_score = gold_score + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - gold_score).sum() / size
