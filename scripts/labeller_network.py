"""The reference labeller as a PyTorch module, for training only (scripts/train_parser.py).

citekit runs the same network with numpy (citekit/parsing/neural.py) from the exported arrays.
"""

from __future__ import annotations

import torch
from torch import nn


class Network(nn.Module):
    """Summed feature embeddings → a dense layer → residual dilated convolutions → label scores →
    linear-chain CRF.

    Each convolution reads a token and the tokens `dilation` places before and after it (zeros
    past either end of the reference), so four of them with dilations 1, 2, 4 and 8 see 15 tokens
    each way. Unlike a recurrent network there is no step-by-step loop: at run time each layer is
    one matrix product over every token of a pasted list, which is what makes it fast with numpy.
    """

    def __init__(
        self, rows: int, dim: int, width: int, dilations: tuple[int, ...], labels: int, dropout: float
    ) -> None:
        super().__init__()
        self.embedding = nn.EmbeddingBag(rows, dim, mode="sum")
        self.dropout = nn.Dropout(dropout)
        self.first = nn.Linear(dim, width)
        self.convolutions = nn.ModuleList(
            [nn.Conv1d(width, width, 3, dilation=dilation, padding=dilation) for dilation in dilations]
        )
        self.output = nn.Linear(width, labels)
        self.transitions = nn.Parameter(torch.zeros(labels, labels))
        self.start = nn.Parameter(torch.zeros(labels))
        self.end = nn.Parameter(torch.zeros(labels))

    def emissions(self, rows: list[list[list[int]]]) -> tuple[torch.Tensor, list[int]]:
        """Feature rows per token per sequence → (batch, longest, labels) scores, and the lengths."""
        flat = [token for sequence in rows for token in sequence]
        offsets = torch.tensor([0] + [len(token) for token in flat[:-1]]).cumsum(0)
        summed = self.embedding(torch.tensor([row for token in flat for row in token]), offsets)
        lengths = [len(sequence) for sequence in rows]
        padded = nn.utils.rnn.pad_sequence(list(summed.split(lengths)), batch_first=True)  # (batch, longest, dim)
        # Positions past a sequence's end are kept at zero after every layer, so that a short
        # sequence in a batch sees zeros past its end, as it does alone at run time.
        inside = (torch.arange(padded.shape[1])[None, :] < torch.tensor(lengths)[:, None]).float()
        states = (torch.relu(self.first(self.dropout(padded))) * inside[..., None]).transpose(1, 2)
        for convolution in self.convolutions:
            states = states + torch.relu(convolution(states)) * inside[:, None, :]
        return self.output(self.dropout(states.transpose(1, 2))), lengths

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
