// CRC-32 (IEEE), as PNG chunks and zip entries need it; zlib.crc32 only exists from Node 20.15.
export function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
