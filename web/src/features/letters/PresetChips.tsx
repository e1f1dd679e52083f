import type { CommandPreset } from '@contracts/letters.contract.ts';
import { Button, Group, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/**
 * Puts a preset in the command text: it replaces an empty text or another preset, and is added as a new
 * line after anything the executive wrote; the result stays within `max`.
 */
export function applyPreset(current: string, preset: string, presets: string[], max: number): string {
  const trimmed = current.trim();
  if (!trimmed || presets.includes(trimmed)) return preset;
  return `${current.replace(/\s+$/, '')}\n${preset}`.slice(0, max);
}

/** รูปแบบคำสั่งการ: the agency's presets as large buttons to tap. */
export function PresetChips({
  presets,
  text,
  onPick,
}: {
  presets: CommandPreset[];
  text: string;
  onPick: (preset: string) => void;
}) {
  const t = useT();
  if (presets.length === 0) return null;
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id="command-presets-label">
        {t('letters.presets')}
      </Text>
      <Group gap={6} role="group" aria-labelledby="command-presets-label">
        {presets.map((p) => (
          <Button
            key={p.id}
            variant={lines.has(p.text) ? 'filled' : 'light'}
            radius="xl"
            h="auto"
            mih={44}
            py={6}
            onClick={() => onPick(p.text)}
            aria-pressed={lines.has(p.text)}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          >
            {p.text}
          </Button>
        ))}
      </Group>
    </div>
  );
}
