import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from './messages.js'

const sources = dir => readdirSync(dir).flatMap(name => {
  const path = join(dir, name)
  return statSync(path).isDirectory() ? sources(path) : /\.(jsx?|js)$/.test(name) && !name.endsWith('.test.js') ? [path] : []
})

describe('the messages the code uses', () => {
  it('are all written in English (and so, by the other test, in Chinese)', () => {
    const root = new URL('..', import.meta.url).pathname
    const used = new Set()
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bt\('([\w.-]+)'/g)) used.add(match[1])
      for (const match of text.matchAll(/'((?:validation|claim|users|network|campaigns|accountRequests|complaints|goodwill|clockPolicies|clock|work|certification|programme|parts)\.[\w]+)'/g)) used.add(match[1])
    }
    const missing = [...used].filter(key => !(key in messages.en))
    expect(missing).toEqual([])
    expect(used.size).toBeGreaterThan(100)
  })
})
