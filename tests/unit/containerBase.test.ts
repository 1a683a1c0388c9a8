import { describe, expect, it } from 'vitest';
import { baseImageTag, debianMirrorFromSources } from '../../scripts/lib/containerBase.ts';

// This machine's /etc/apt/sources.list.d/debian.sources, as the Debian images ship it.
const deb822 = `Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
`;

describe('debianMirrorFromSources', () => {
  it("reads the mirror of the release from a deb822 stanza, not the security archive's", () => {
    expect(debianMirrorFromSources([deb822])).toBe('http://deb.debian.org/debian');
    const securityFirst = deb822.split('\n\n').reverse().join('\n\n');
    expect(debianMirrorFromSources([securityFirst])).toBe('http://deb.debian.org/debian');
  });

  it('reads one-line lists with options and comments, without a trailing slash', () => {
    const list = [
      '# deb http://old.example/debian bookworm main',
      'deb [arch=amd64 signed-by=/usr/share/keyrings/x.gpg] https://packages.cloud.google.com/apt cloud-sdk-bookworm main',
      'deb-src http://src.example/debian bookworm main',
      'deb http://mirrors.example.cn/debian/ bookworm main contrib',
    ].join('\n');
    expect(debianMirrorFromSources([list])).toBe('http://mirrors.example.cn/debian');
  });

  it('skips third-party archives and other releases, and gives undefined when none fits', () => {
    const nodesource = 'Types: deb\nURIs: https://deb.nodesource.com/node_20.x\nSuites: nodistro\nComponents: main\n';
    const sourcesOnly = 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\n';
    expect(debianMirrorFromSources([nodesource, sourcesOnly, 'deb http://deb.debian.org/debian trixie main'])).toBeUndefined();
    expect(debianMirrorFromSources([nodesource, deb822])).toBe('http://deb.debian.org/debian');
  });
});

describe('baseImageTag', () => {
  it('names the release, Node and npm, so a new Node or npm makes a new base', () => {
    expect(baseImageTag('24.21.0', '11.19.1')).toBe('xiangtan-portal-base:bookworm-node24.21.0-npm11.19.1');
  });
});
