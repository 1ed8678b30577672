import fc from 'fast-check';
import { INQUIRY_PARTITIONS_AHEAD, monthPartition, parsePartitionName, partitionsToDrop, partitionsToEnsure, retentionCutoff } from './inquiry-partitions.rules';

const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });

describe('monthPartition', () => {
  it('names the UTC month and bounds it', () => {
    expect(monthPartition(new Date('2026-12-31T23:30:00Z'))).toEqual({
      name: 'inquiries_y2026m12',
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
    });
    expect(monthPartition(new Date('2026-11-15T00:00:00Z'), 3).name).toBe('inquiries_y2027m02');
  });

  it('holds the instant it was made from, and its name reads back to it', () => {
    fc.assert(
      fc.property(instants, (at) => {
        const partition = monthPartition(at);
        expect(partition.from.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime()).toBeLessThan(partition.to.getTime());
        expect(parsePartitionName(partition.name)).toEqual(partition);
      }),
    );
  });

  it('makes consecutive months that meet without gap or overlap', () => {
    fc.assert(fc.property(instants, fc.integer({ min: -120, max: 120 }), (at, offset) => {
      expect(monthPartition(at, offset).to).toEqual(monthPartition(at, offset + 1).from);
    }));
  });
});

describe('parsePartitionName', () => {
  it('ignores tables that are not a month partition', () => {
    expect(parsePartitionName('inquiries_default')).toBeNull();
    expect(parsePartitionName('inquiries_y2026m13')).toBeNull();
    expect(parsePartitionName('inquiries_y2026m00')).toBeNull();
    expect(parsePartitionName('other_y2026m01')).toBeNull();
  });
});

describe('partitionsToEnsure', () => {
  it('is the current month and the ones ahead', () => {
    expect(partitionsToEnsure(new Date('2026-11-30T12:00:00Z')).map((partition) => partition.name)).toEqual([
      'inquiries_y2026m11',
      'inquiries_y2026m12',
      'inquiries_y2027m01',
      'inquiries_y2027m02',
    ]);
    expect(INQUIRY_PARTITIONS_AHEAD).toBe(3);
  });
});

describe('retentionCutoff', () => {
  it('goes back whole calendar months, clamped to the shorter month’s end', () => {
    expect(retentionCutoff(new Date('2026-12-02T10:00:00Z'), 60)).toEqual(new Date('2021-12-02T10:00:00Z'));
    expect(retentionCutoff(new Date('2026-03-31T10:00:00Z'), 1)).toEqual(new Date('2026-02-28T10:00:00Z'));
    expect(retentionCutoff(new Date('2024-03-31T10:00:00Z'), 13)).toEqual(new Date('2023-02-28T10:00:00Z'));
  });

  it('lands in the month `retentionMonths` before', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 1200 }), (now, months) => {
        const cutoff = retentionCutoff(now, months);
        const monthsBack = (now.getUTCFullYear() - cutoff.getUTCFullYear()) * 12 + now.getUTCMonth() - cutoff.getUTCMonth();
        expect(monthsBack).toBe(months);
      }),
    );
  });
});

describe('partitionsToDrop', () => {
  const now = new Date('2026-12-02T10:00:00Z');

  it('drops the months wholly before the cutoff, keeps the one it falls in, ignores the default partition', () => {
    const names = ['inquiries_default', 'inquiries_y2021m10', 'inquiries_y2021m11', 'inquiries_y2021m12', 'inquiries_y2026m12'];
    expect(partitionsToDrop(names, now, 60).map((partition) => partition.name)).toEqual(['inquiries_y2021m10', 'inquiries_y2021m11']);
  });

  it('never drops a partition holding a row younger than retention', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 240 }), fc.array(fc.integer({ min: -300, max: 3 })), (at, months, offsets) => {
        const names = offsets.map((offset) => monthPartition(at, offset).name);
        const cutoff = retentionCutoff(at, months);
        for (const partition of partitionsToDrop(names, at, months)) expect(partition.to.getTime()).toBeLessThanOrEqual(cutoff.getTime());
        const kept = names.filter((name) => !partitionsToDrop([name], at, months).length);
        for (const name of kept) expect(parsePartitionName(name)!.to.getTime()).toBeGreaterThan(cutoff.getTime());
      }),
    );
  });
});
