import { type CommandPreset, CommandPresetBody } from '@contracts/letters.contract.ts';
import { orderedResource } from '@/lib/ordered-resource.ts';

const presets = orderedResource<
  CommandPreset,
  typeof CommandPresetBody,
  ReturnType<typeof CommandPresetBody.partial>
>('/command-presets', { body: CommandPresetBody, patch: CommandPresetBody.partial() }, (a, b) =>
  a.text.localeCompare(b.text),
);

/** The agency's command presets (รูปแบบคำสั่งการ) in their order. */
export const useCommandPresets = presets.useList;
/** Adds a preset, or changes one's text or position. */
export const useSaveCommandPreset = presets.useSave;
/** Deletes a preset. */
export const useDeleteCommandPreset = presets.useDelete;
